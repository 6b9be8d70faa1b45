skip-to-content = 跳到主要内容
breadcrumb-label = 当前位置
home-link = 帮助中心
language-switcher-label = 选择语言
home-heading = 有什么可以帮您？
home-intro = 了解订单或付款被取消的原因、可以如何处理，以及退款何时到账。
home-categories = 按主题浏览
home-featured = 热门文章
category-article-count = 共{ $count }篇文章
category-articles-heading = 本分类文章
article-updated = 最后更新：{ $date }
article-contents = 本页内容
cause-reason = 原因
cause-solution = 解决方法
cause-remark = 补充说明
condition-status = 订单状态
condition-action = 处理方法
condition-not-possible = 无法操作
related-heading = 相关文章
contact-heading = 仍需帮助？
contact-intro = 我们的客服团队随时为您服务。
contact-option = { $name }：{ $details }
fallback-page-notice = 本文暂无中文版本，现以原文（{ $language }）显示。
fallback-part-notice = 本文部分内容暂无中文版本，现以{ $code ->
    [en] 英文
    [pl] 波兰文
    [fr] 法文
   *[other] 原文（{ $language }）
}显示。
not-found-title = 页面不存在
not-found-body = 抱歉，找不到该页面，它可能已被移动或删除。
not-found-home = 返回帮助中心首页
footer-note = 帮助中心：解答订单取消、付款和退款相关问题。
root-title = 帮助中心：选择语言
root-heading = 选择语言
root-intro = 简体中文帮助中心
note-info-label = 提示
note-warning-label = 重要
steps-label = 操作步骤
search-label = 搜索帮助中心
search-button = 搜索
search-title = 搜索
search-all-articles = 全部文章
search-no-results = 没有找到与“{ $query }”相关的文章。请换个关键词，或浏览下方的全部文章。
search-results-heading = “{ $query }”的搜索结果
search-loading = 正在搜索……
search-needs-server = 站点通过 HTTP 提供时才能使用搜索，直接打开本地文件时无法搜索。如需预览带搜索的站点，请运行 `helpsite serve`。下方列出了全部文章。
search-placeholder = 搜索答案
search-results-count = 结果：{ $count }
search-see-all = 查看全部结果
search-results-label = 推荐文章
