title = 如何取消POS机申请？
summary = 您可以通过线上、到门店或拨打客服电话取消POS机申请。了解具体操作，以及取消后还需要做什么。
intro = 申请了POS机又改变主意了？开始之前，请先查看申请订单的状态，确认是否还能取消，然后选择最方便的方式办理。

section-ways-to-cancel = 取消方式
channel-online = 线上申请
    .details = 登录商户平台（官网或App），进入**订单管理**，找到您的POS机申请订单。填写订单号和取消原因，在线提交取消申请，按页面提示操作，然后等待客服审核确认。
channel-branch = 到门店办理
    .details = 携带**身份证**、**POS机**和**相关合同**到实体门店办理。工作人员会协助您完成取消手续，并指导每一步操作。
channel-hotline = 拨打客服电话
    .details = 拨打客服热线，说明您要取消申请。客服会请您提供个人信息以核实身份，请提前准备好订单号和商户信息。如果客服繁忙，可以预约时间，以便详细沟通您的申请。

section-cancellation-steps = 如何提交取消申请
step-read-policy = 阅读取消政策。
    .detail = 取消政策会说明：
        - 提交申请后是否有取消时限
        - 可以通过哪些方式取消
        - 是否收取取消费用，以及在什么情况下收取
        - 取消后还需办理哪些手续，例如退款、设备回收
step-fill-in-form = 填写取消申请表，注明取消原因。请确保所有信息准确无误，特别是身份信息。
step-pay-fee = 支付相关费用（如有）。
    .detail = 根据相关规定，您可能需要支付一定的取消费用或其他费用。请事先了解费用详情，并在申请中明确表示同意支付。
step-wait-for-approval = 等待审批。审批可能需要一些时间，具体取决于服务商的政策和流程。

section-follow-up = 跟进申请进度
remedy-check-status = 定期查看申请状态。可以不时给您的对接人发一封提醒邮件或短信，以免错过重要更新。
remedy-stay-in-touch = 办理过程中如有疑问，请及时联系客服。
remedy-keep-records = 保留所有沟通记录，包括通话记录、电子邮件和短信。这些记录可以作为申请的凭证，也有助于加快处理。

section-once-cancelled = 取消成功后
remedy-confirm-refund = 确认退款金额和退款方式。如有疑问或退款延迟，请及时与服务商沟通。
remedy-return-device = 按照客服指引退还POS机。
remedy-give-feedback = 提交对取消流程的评价，帮助其他客户了解办理过程，也帮助服务商改进服务。

section-common-reasons = 取消申请的原因
    .intro = 无论出于什么原因，取消都很简单。以下是客户取消申请的部分原因：
cause-needs-changed = 需求发生变化
    .reason = 工作变动或个人喜好改变，您不再需要这台POS机。及时取消可以避免浪费，把资金用在更合适的产品或服务上。
cause-budget = 预算调整
    .reason = 重新评估财务状况后，您决定暂不投入POS机，以免产生不必要的开支。
cause-better-offer = 有更优惠的选择
    .reason = 其他服务商提供了更好的条件或促销活动，您希望改选那一家。
cause-new-technology = 需要更新的技术
    .reason = 支付技术发展很快，您申请的POS机可能已不符合最新的技术标准。
cause-regulations = 法律或监管要求
    .reason = 有些地区禁止使用某些类型的POS机，或要求企业采用特定的安全措施。

section-good-to-know = 温馨提示
note-follow-the-rules = 请只通过官方渠道办理取消，并遵守服务商的相关规定，以免产生不必要的费用或纠纷。

# 搜索关键词：读者可能搜索、但正文中没有出现的词语。只用于搜索，不会显示。
keywords = 刷卡机申请, POS机, 收款机, 撤销申请
