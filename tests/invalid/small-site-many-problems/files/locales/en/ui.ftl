skip-to-content = Skip to main content
breadcrumb-label = Breadcrumb
home-link = Help Centre
language-switcher-label = Choose a language
home-heading = How can we help?
home-intro = Find out why an order or payment was cancelled, what you can do about it and when you'll get your money back.
home-categories = Browse by topic
home-featured = Popular articles
category-article-count = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
category-articles-heading = Articles in this category
article-updated = Last updated { $date }
article-contents = On this page
cause-reason = Reason
cause-solution = Solution
cause-remark = Good to know
condition-status = Order status
condition-action = What to do
condition-not-possible = Not possible
related-heading = Related articles
contact-heading = Still need help?
contact-intro = Our support team will be happy to help.
fallback-page-notice = This article isn't available in English yet, so we're showing it in { $language }.
not-found-title = Page not found
not-found-body = Sorry, we can't find that page. It may have been moved or removed.
not-found-home = Go to the Help Centre home page
footer-note = Help Centre: answers about cancelled orders, payments and refunds.
root-title = Help Centre: choose your language
root-heading = Choose your language
root-intro = Help Centre in English
note-info-label = Note
note-warning-label = Important
steps-label = Steps
