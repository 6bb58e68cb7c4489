// CLS-compliant, so the members generated into a CLS-compliant consumer (typed as Article, Person, NewsSource...) are too.
[assembly: System.CLSCompliant(true)]
