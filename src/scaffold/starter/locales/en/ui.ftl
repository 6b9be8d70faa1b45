# The interface: every label the templates show, in English. Variables ($count, $date,
# $language, $query) are filled in by helpsite.

skip-to-content = Skip to main content
breadcrumb-label = Breadcrumb
home-link = Help Centre
language-switcher-label = Choose a language
home-heading = How can we help?
home-intro = Find answers about your orders, step by step.
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
contact-option = { $name }: { $details }
fallback-page-notice = This article isn’t available in this language yet, so it’s shown in { $language }.
fallback-part-notice = Part of this article isn’t available in this language yet, so it’s shown in { $language }.
not-found-title = Page not found
not-found-body = Sorry, we can’t find that page. It may have been moved or removed.
not-found-home = Go to the Help Centre home page
footer-note = Help Centre
root-title = Help Centre: choose your language
root-heading = Choose your language
root-intro = Help Centre in English
note-info-label = Note
note-warning-label = Important
steps-label = Steps
search-label = Search the Help Centre
search-button = Search
search-title = Search
search-all-articles = All articles
search-no-results = No articles match “{ $query }”. Try other words, or browse all articles below.
search-results-heading = Results for “{ $query }”
search-loading = Searching…
search-needs-server = Search works when the site is served over HTTP, not opened from a file. To preview the site with search, run `helpsite serve`. All articles are listed below.
search-placeholder = Search for an answer
search-results-count = Results: { $count }
search-see-all = See all results
search-results-label = Suggested articles

# The cancellation finder (when content/site.yaml has `finder:`) and the Timeframes page (when
# the site has content/policies.yaml). $step, $steps and $status are filled in by helpsite.
home-finder = Find your answer step by step
finder-link = Cancellation finder
finder-title = What happened?
finder-intro = Answer two questions to find out why it happened and what you can do.
finder-step = Step { $step } of { $steps }
finder-question-cancelled = What was cancelled?
finder-status-title = Order status: { $status }
finder-timeframes = How long it takes
finder-read-article = Read the full article:
finder-other-answer = Not your case? Choose another answer
finder-start-again = Start again
timeframes-link = All timeframes at a glance
timeframes-title = Timeframes
timeframes-intro = How long things take, all in one place. Each timeframe links to the articles that mention it.
timeframes-used-in = Mentioned in:
