//! A small help centre in English and Arabic, written by the tests: the right-to-left test
//! site (issue 15). Two articles with every kind of block that has a direction (numbered
//! steps, conditions, notes, causes, breadcrumbs, the contact block), Latin text and numbers
//! inside Arabic, and one Arabic text left untranslated so that an English fragment (left to
//! right) sits inside a right-to-left page, under a notice.
//!
//! The interface strings in English are the default site's (`locales/en/ui.ftl`), so that the
//! site follows the interface as it grows; an Arabic one added later falls back to English.

use std::fs;
use std::path::Path;

/// The article whose Arabic translation leaves one text out.
pub const PARTIAL_ARTICLE: &str = "orders/refund-time.html";
/// The article with numbered steps, conditions and notes.
pub const STEPS_ARTICLE: &str = "orders/cancel-an-order.html";

const SITE_YAML: &str = "\
base_url: \"https://help.example.com/\"
default_locale: en
locales:
  - { code: en }
  # Right to left from CLDR: Arabic's script.
  - { code: ar }
categories:
  - { id: orders, icon: cart }
order_statuses:
  - awaiting-shipment
  - shipped
contact:
  - { id: chat, kind: chat, availability: always, address: \"https://chat.example.com/\" }
  - { id: email, kind: email, address: help@example.com }
";

const CANCEL_YAML: &str = "\
category: orders
order: 1
updated: 2026-11-02
featured: true
related: [refund-time]
sections:
  - id: how-to-cancel
    steps:
      - id: open-orders
      - { id: press-cancel, detail: true }
      - id: confirm
  - id: by-status
    conditions:
      - { id: if-waiting, status: awaiting-shipment }
      - { id: if-shipped, status: shipped, possible: false }
  - id: good-to-know
    notes:
      - id: no-fee
      - { id: keep-records, tone: warning }
";

const REFUND_YAML: &str = "\
category: orders
order: 2
updated: 2026-11-02
related: [cancel-an-order]
sections:
  - id: reasons
    causes:
      - { id: seller-cancelled, remark: true }
      - id: out-of-stock
  - id: how-long
    deadlines:
      - { id: refund-arrives, days: 14 }
";

const EN_SITE: &str = "\
site-name = Help Centre
site-tagline = Cancelled orders, payments and refunds: every answer
language-name = English
category-orders = Orders
    .description = How to cancel an order, and when your money comes back.
status-awaiting-shipment = Awaiting shipment
status-shipped = Shipped
contact-chat = Support chat
    .details = We’re here 24/7.
contact-email = Email
    .details = Write to us and we’ll reply by email. Please include your order number.
";

const EN_CANCEL: &str = "\
title = How do I cancel an order?
summary = Cancel an order that hasn’t shipped yet in three steps; what happens next depends on its status.
section-how-to-cancel = How to cancel
step-open-orders = Go to **My orders** and find the order.
step-press-cancel = Select **Cancel order**.
    .detail = If the button is missing, the order has already shipped: see [what you can do](article:cancel-an-order#by-status).
step-confirm = Choose a reason and confirm.
section-by-status = What you can do, by order status
condition-if-waiting = Cancel it yourself; the seller is told at once.
condition-if-shipped = The order can no longer be cancelled. Refuse the parcel or return it instead.
section-good-to-know = Good to know
note-no-fee = Cancelling an order costs nothing.
note-keep-records = Keep the cancellation confirmation until your refund arrives.
";

const EN_REFUND: &str = "\
title = When will I get my money back?
summary = Why an order was cancelled, and how long the refund takes.
section-reasons = Why the order was cancelled
cause-seller-cancelled = The seller cancelled the order
    .reason = The seller could not send the item in time.
    .solution = You don’t need to do anything: the refund starts automatically.
    .remark = Order number AE-2026-1187 stays in your order list.
cause-out-of-stock = The item is out of stock
    .reason = The last item was sold before your payment went through.
    .solution = Ask the seller when the item will be back, then order again.
section-how-long = How long it takes
deadline-refund-arrives = The refund reaches your account within { $days } days.
";

const AR_SITE: &str = "\
site-name = مركز المساعدة
site-tagline = الطلبات الملغاة والمدفوعات والمبالغ المستردة: كل الإجابات
language-name = العربية
category-orders = الطلبات
    .description = كيف تلغي طلبًا، ومتى تسترد أموالك.
status-awaiting-shipment = بانتظار الشحن
status-shipped = تم الشحن
contact-chat = الدردشة مع الدعم
    .details = نحن متاحون على مدار الساعة طوال أيام الأسبوع.
contact-email = البريد الإلكتروني
    .details = راسلنا وسنرد عليك بالبريد الإلكتروني. يُرجى ذكر رقم طلبك.
";

const AR_UI: &str = "\
skip-to-content = انتقل إلى المحتوى الرئيسي
breadcrumb-label = مسار التنقل
home-link = مركز المساعدة
language-switcher-label = اختر اللغة
home-heading = كيف يمكننا مساعدتك؟
home-intro = اعرف سبب إلغاء طلبك أو دفعتك، وما يمكنك فعله، ومتى تسترد أموالك.
home-categories = تصفح حسب الموضوع
home-featured = مقالات شائعة
category-article-count = { $count ->
    [zero] لا توجد مقالات
    [one] مقالة واحدة
    [two] مقالتان
    [few] { $count } مقالات
   *[other] { $count } مقالة
}
category-articles-heading = المقالات في هذا القسم
article-updated = آخر تحديث: { $date }
article-contents = في هذه الصفحة
cause-reason = السبب
cause-solution = الحل
cause-remark = معلومة مفيدة
condition-status = حالة الطلب
condition-action = ما العمل
condition-not-possible = غير ممكن
related-heading = مقالات ذات صلة
contact-heading = هل ما زلت بحاجة إلى مساعدة؟
contact-intro = يسعد فريق الدعم لدينا بمساعدتك.
contact-option = { $name }: { $details }
fallback-page-notice = هذه المقالة غير متوفرة بالعربية بعد، لذا نعرضها بلغة أخرى ({ $language }).
fallback-part-notice = جزء من هذه المقالة غير متوفر بالعربية بعد، ويُعرض { $code ->
    [en] بالإنجليزية
   *[other] بلغة أخرى ({ $language })
}.
not-found-title = الصفحة غير موجودة
not-found-body = عذرًا، لم نتمكن من العثور على هذه الصفحة. ربما نُقلت أو حُذفت.
not-found-home = العودة إلى الصفحة الرئيسية لمركز المساعدة
footer-note = مركز المساعدة: إجابات عن الطلبات الملغاة والمدفوعات والمبالغ المستردة.
root-title = مركز المساعدة: اختر لغتك
root-heading = اختر لغتك
root-intro = مركز المساعدة بالعربية
note-info-label = ملاحظة
note-warning-label = مهم
steps-label = الخطوات
search-label = ابحث في مركز المساعدة
search-button = بحث
search-title = البحث
search-all-articles = جميع المقالات
search-no-results = لا توجد مقالات تطابق «{ $query }». جرّب كلمات أخرى أو تصفح جميع المقالات أدناه.
search-results-heading = نتائج البحث عن «{ $query }»
search-loading = جارٍ البحث…
search-placeholder = ابحث عن إجابة
search-results-count = النتائج: { $count }
search-see-all = عرض جميع النتائج
search-results-label = مقالات مقترحة
search-needs-server = يعمل البحث عندما يُقدَّم الموقع عبر HTTP، لا عند فتحه من ملف. لمعاينته مع البحث، شغّل `helpsite serve`. جميع المقالات مدرجة أدناه.
";

const AR_CANCEL: &str = "\
title = كيف ألغي طلبًا؟
summary = ألغِ طلبًا لم يُشحن بعد في ثلاث خطوات؛ وما يحدث بعد ذلك يتوقف على حالته.
section-how-to-cancel = طريقة الإلغاء
step-open-orders = انتقل إلى **طلباتي** وابحث عن الطلب.
step-press-cancel = اختر **إلغاء الطلب**.
    .detail = إذا لم يظهر الزر، فقد شُحن الطلب بالفعل: راجع [ما يمكنك فعله](article:cancel-an-order#by-status).
step-confirm = اختر سبب الإلغاء ثم أكّده.
section-by-status = ما يمكنك فعله حسب حالة الطلب
condition-if-waiting = ألغِه بنفسك، وسيُبلَّغ البائع فورًا.
condition-if-shipped = لم يعد بالإمكان إلغاء الطلب. ارفض استلام الطرد أو أعده بدلًا من ذلك.
section-good-to-know = معلومات مفيدة
note-no-fee = إلغاء الطلب مجاني.
note-keep-records = احتفظ بتأكيد الإلغاء حتى يصلك المبلغ المسترد.
";

/// Leaves out `cause-out-of-stock.solution`: the English one is shown, left to right.
const AR_REFUND: &str = "\
title = متى أسترد أموالي؟
summary = لماذا أُلغي الطلب، وكم يستغرق استرداد المبلغ.
section-reasons = لماذا أُلغي الطلب
cause-seller-cancelled = ألغى البائع الطلب
    .reason = لم يتمكن البائع من إرسال المنتج في الوقت المحدد.
    .solution = لا داعي لفعل أي شيء: يبدأ الاسترداد تلقائيًا.
    .remark = يبقى الطلب رقم AE-2026-1187 في قائمة طلباتك.
cause-out-of-stock = نفد المنتج من المخزون
    .reason = بيع آخر منتج قبل أن تكتمل عملية الدفع.
section-how-long = المدة المستغرقة
deadline-refund-arrives = يصل المبلغ المسترد إلى حسابك خلال { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
   *[other] { $days } يومًا
}.
";

/// Writes the site into `root` (which must exist), taking the English interface strings from
/// the default site at `repo`.
pub fn write(root: &Path, repo: &Path) {
    let files = [
        ("content/site.yaml", SITE_YAML),
        ("content/articles/cancel-an-order.yaml", CANCEL_YAML),
        ("content/articles/refund-time.yaml", REFUND_YAML),
        ("locales/en/site.ftl", EN_SITE),
        ("locales/en/articles/cancel-an-order.ftl", EN_CANCEL),
        ("locales/en/articles/refund-time.ftl", EN_REFUND),
        ("locales/ar/site.ftl", AR_SITE),
        ("locales/ar/ui.ftl", AR_UI),
        ("locales/ar/articles/cancel-an-order.ftl", AR_CANCEL),
        ("locales/ar/articles/refund-time.ftl", AR_REFUND),
    ];
    for (path, text) in files {
        let path = root.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, text).unwrap();
    }
    fs::copy(
        repo.join("locales/en/ui.ftl"),
        root.join("locales/en/ui.ftl"),
    )
    .unwrap();
}
