title = First
summary = The first article.
section-how-long = How long
deadline-refund = Within { $dayz } days, see [the other](article:second#statuss).
