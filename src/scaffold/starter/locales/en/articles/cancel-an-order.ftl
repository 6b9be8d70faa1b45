# The texts of content/articles/cancel-an-order.yaml, in English, the source locale. Each
# part of the article has a message; `helpsite check` names any that is missing. Texts may
# use Markdown: **bold**, *emphasis*, [links](https://example.com) and links to articles
# ([like this](article:cancel-an-order#money-back)).

title = How do I cancel an order?
summary = You can cancel an order until it ships. Here is how, and when your money comes back.

section-how = Cancelling an order
step-open-orders = Open **My orders** and choose the order.
step-choose-cancel = Select **Cancel order**.
step-confirm = Choose a reason and confirm.

section-by-status = It depends on the order’s status
condition-not-shipped = Cancel it as above: nothing has left the warehouse yet.
condition-already-shipped = It can no longer be cancelled. Once it arrives, you can return it instead.

section-money-back = Getting your money back
# $days comes from the YAML (`days: 14`); each language picks its plural forms.
deadline-refund = The refund reaches your account within { $days ->
        [one] a day
       *[other] { $days } days
    } of the cancellation.
