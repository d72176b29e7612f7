<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountCommands</name>
    <message>
        <source>A username has 4–30 letters, digits, dots or underscores and starts with a letter.</source>
        <translation>用户名为 4–30 位字母、数字、点或下划线，且须以字母开头。</translation>
    </message>
    <message>
        <source>This username is already taken.</source>
        <translation>该用户名已被占用。</translation>
    </message>
    <message>
        <source>This mobile number is already registered.</source>
        <translation>该手机号已注册。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Only an administrator may create accounts.</source>
        <translation>只有管理员可以创建账号。</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>未知角色。</translation>
    </message>
    <message>
        <source>No such organisation.</source>
        <translation>机构不存在。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot read the audit key %1</source>
        <translation>无法读取审计密钥 %1</translation>
    </message>
    <message>
        <source>The audit key %1 is damaged</source>
        <translation>审计密钥 %1 已损坏</translation>
    </message>
    <message>
        <source>Cannot create the audit key %1</source>
        <translation>无法创建审计密钥 %1</translation>
    </message>
    <message>
        <source>Record %1 is missing</source>
        <translation>记录 %1 缺失</translation>
    </message>
    <message>
        <source>Record %1 was altered</source>
        <translation>记录 %1 已被篡改</translation>
    </message>
    <message>
        <source>The end of the log was removed or altered</source>
        <translation>审计日志末尾已被删除或篡改</translation>
    </message>
</context>
<context>
    <name>BlobRoutes</name>
    <message>
        <source>No such document.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>Bad Content-Range header.</source>
        <translation>Content-Range 请求头格式错误。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>文件超过 %1 MB。</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>The upload cannot be read back.</source>
        <translation>无法读回已上传的文件。</translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 does not match the name it was uploaded under; it was discarded.</source>
        <translation>文件的 SHA-256 与上传时使用的名称不符，已丢弃。</translation>
    </message>
    <message>
        <source>The upload cannot be stored.</source>
        <translation>无法保存上传的文件。</translation>
    </message>
    <message>
        <source>Not a SHA-256 hash.</source>
        <translation>不是有效的 SHA-256 哈希值。</translation>
    </message>
    <message>
        <source>The upload continues at byte %1, not %2.</source>
        <translation>上传应从第 %1 字节继续，而不是第 %2 字节。</translation>
    </message>
    <message>
        <source>The chunk goes past the end of the file.</source>
        <translation>该分块超出了文件末尾。</translation>
    </message>
    <message>
        <source>The upload cannot be stored (disk full?).</source>
        <translation>无法保存上传的文件（磁盘已满？）。</translation>
    </message>
    <message>
        <source>The file cannot be stored.</source>
        <translation>无法保存该文件。</translation>
    </message>
</context>
<context>
    <name>CertificationCommands</name>
    <message>
        <source>No such application.</source>
        <translation>申请不存在。</translation>
    </message>
    <message>
        <source>Not a document reference (SHA-256).</source>
        <translation>不是有效的材料引用（SHA-256）。</translation>
    </message>
    <message>
        <source>The document has not finished uploading yet.</source>
        <translation>材料尚未上传完成。</translation>
    </message>
    <message>
        <source>The document cannot be read.</source>
        <translation>无法读取该材料。</translation>
    </message>
    <message>
        <source>Complete and submit the organisation&apos;s profile first.</source>
        <translation>请先完善并提交企业基本资料。</translation>
    </message>
    <message>
        <source>Answer the demand survey (企业需求调研表) first.</source>
        <translation>请先填写企业需求调研表。</translation>
    </message>
    <message>
        <source>A decision must say which version of the application it is about.</source>
        <translation>审核决定须注明针对的是申请的哪个版本。</translation>
    </message>
    <message>
        <source>This application changed since you opened it (now: %1).</source>
        <translation>您打开此申请后，申请已发生变更（当前版本：%1）。</translation>
    </message>
    <message>
        <source>Certification approved</source>
        <translation>企业认证已通过</translation>
    </message>
    <message>
        <source>Certification rejected</source>
        <translation>企业认证已驳回</translation>
    </message>
    <message>
        <source>The certification of %1 was approved.</source>
        <translation>%1 的企业认证已通过。</translation>
    </message>
    <message>
        <source>The certification of %1 was rejected: %2</source>
        <translation>%1 的企业认证已被驳回：%2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>A command needs an id that is a UUID.</source>
        <translation>操作须带有 UUID 格式的 id。</translation>
    </message>
    <message>
        <source>A command needs a type.</source>
        <translation>操作须指定类型。</translation>
    </message>
    <message>
        <source>The target must be an id.</source>
        <translation>目标必须是 id。</translation>
    </message>
    <message>
        <source>base_rev must be a whole number.</source>
        <translation>base_rev 必须为整数。</translation>
    </message>
    <message>
        <source>The payload must be an object.</source>
        <translation>payload 必须是对象。</translation>
    </message>
    <message>
        <source>seq must be a positive whole number.</source>
        <translation>seq 必须为正整数。</translation>
    </message>
</context>
<context>
    <name>CommandProcessor</name>
    <message>
        <source>Unknown command type “%1”.</source>
        <translation>未知的操作类型“%1”。</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message numerus="yes">
        <source>A unified social credit code has 18 characters; this one has %n.</source>
        <translation><numerusform>统一社会信用代码应为 18 位，当前为 %n 位。</numerusform></translation>
    </message>
    <message>
        <source>A unified social credit code cannot contain &quot;%1&quot;; it uses digits and capital letters except I, O, S, V and Z.</source>
        <translation>统一社会信用代码不能包含“%1”；只能由数字和大写字母组成（不含 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>The check character of this credit code should be &quot;%1&quot;; please check the code against the business licence.</source>
        <translation>该统一社会信用代码的校验位应为“%1”，请对照营业执照核对。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>数据库报错：%1</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>请输入电子邮箱地址。</translation>
    </message>
    <message numerus="yes">
        <source>An e-mail address can have at most %n characters.</source>
        <translation><numerusform>电子邮箱地址最多 %n 个字符。</numerusform></translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>请输入电子邮箱地址，例如 name@example.com。</translation>
    </message>
    <message numerus="yes">
        <source>The part before @ can have at most %n characters.</source>
        <translation><numerusform>@ 前的部分最多 %n 个字符。</numerusform></translation>
    </message>
</context>
<context>
    <name>FormSchema</name>
    <message>
        <source>Unknown key “%1”.</source>
        <translation>未知的键“%1”。</translation>
    </message>
    <message>
        <source>A non-empty string is required.</source>
        <translation>须为非空字符串。</translation>
    </message>
    <message>
        <source>A non-negative whole number is required.</source>
        <translation>须为非负整数。</translation>
    </message>
    <message>
        <source>The bound is too large.</source>
        <translation>界限值过大。</translation>
    </message>
    <message>
        <source>A whole number is required.</source>
        <translation>须为整数。</translation>
    </message>
    <message>
        <source>A number or a decimal string is required.</source>
        <translation>须为数字或十进制数字字符串。</translation>
    </message>
    <message>
        <source>A non-empty list of options is required.</source>
        <translation>须为非空的选项列表。</translation>
    </message>
    <message>
        <source>An option must be an object.</source>
        <translation>选项必须是对象。</translation>
    </message>
    <message>
        <source>Option “%1” is listed twice.</source>
        <translation>选项“%1”重复列出。</translation>
    </message>
    <message>
        <source>The minimum is above the maximum.</source>
        <translation>最小值大于最大值。</translation>
    </message>
    <message>
        <source>An object is required.</source>
        <translation>须为对象。</translation>
    </message>
    <message>
        <source>Exactly one of equals and not_equals is required.</source>
        <translation>equals 和 not_equals 必须且只能指定其中一个。</translation>
    </message>
    <message>
        <source>“%1” is not an earlier field of this form.</source>
        <translation>“%1”不是本表单中位于前面的字段。</translation>
    </message>
    <message>
        <source>The value is not an option of “%1”.</source>
        <translation>该值不是“%1”的选项。</translation>
    </message>
    <message>
        <source>true or false is required.</source>
        <translation>须为 true 或 false。</translation>
    </message>
    <message>
        <source>A field must be an object.</source>
        <translation>字段必须是对象。</translation>
    </message>
    <message>
        <source>A field id must be snake_case.</source>
        <translation>字段 id 必须为 snake_case 格式。</translation>
    </message>
    <message>
        <source>Field “%1” is defined twice.</source>
        <translation>字段“%1”重复定义。</translation>
    </message>
    <message>
        <source>Unknown field type “%1”.</source>
        <translation>未知的字段类型“%1”。</translation>
    </message>
    <message>
        <source>A valid regular expression is required.</source>
        <translation>须为有效的正则表达式。</translation>
    </message>
    <message>
        <source>A scale from 0 to %1 is required.</source>
        <translation>小数位数须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>Enter a number such as “1234.56”.</source>
        <translation>请输入数字，例如“1234.56”。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>At most %1 decimal places are allowed.</source>
        <translation>最多允许 %1 位小数。</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>数字过大。</translation>
    </message>
    <message>
        <source>No form named “%1”.</source>
        <translation>不存在名为“%1”的表单。</translation>
    </message>
    <message>
        <source>Form “%1” is not a JSON object: %2 at offset %3.</source>
        <translation>表单“%1”不是 JSON 对象：%2（位于偏移量 %3）。</translation>
    </message>
    <message>
        <source>Form file “%1” declares the id “%2”.</source>
        <translation>表单文件“%1”声明的 id 为“%2”。</translation>
    </message>
    <message>
        <source>A form id must be snake_case.</source>
        <translation>表单 id 必须为 snake_case 格式。</translation>
    </message>
    <message>
        <source>A version of 1 or more is required.</source>
        <translation>版本号须为 1 或以上。</translation>
    </message>
    <message>
        <source>A non-empty list of sections is required.</source>
        <translation>须为非空的分节列表。</translation>
    </message>
    <message>
        <source>A section must be an object.</source>
        <translation>分节必须是对象。</translation>
    </message>
    <message>
        <source>Section ids must be snake_case and unique.</source>
        <translation>分节 id 必须为 snake_case 格式且不能重复。</translation>
    </message>
    <message>
        <source>A non-empty list of fields is required.</source>
        <translation>须为非空的字段列表。</translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>At most %1 characters are allowed; this has %2.</source>
        <translation>最多允许 %1 个字符，当前为 %2 个。</translation>
    </message>
    <message>
        <source>The value must be at least %1.</source>
        <translation>该值不能小于 %1。</translation>
    </message>
    <message>
        <source>The value must be at most %1.</source>
        <translation>该值不能大于 %1。</translation>
    </message>
    <message>
        <source>At least %1 characters are required; this has %2.</source>
        <translation>至少需要 %1 个字符，当前为 %2 个。</translation>
    </message>
    <message>
        <source>The format is not valid.</source>
        <translation>格式不正确。</translation>
    </message>
    <message>
        <source>Send the number as text, e.g. “123.45”, so that it stays exact.</source>
        <translation>请以文本形式发送数字，例如“123.45”，以保证精确。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Choose from the options.</source>
        <translation>请从选项中选择。</translation>
    </message>
    <message>
        <source>“%1” is chosen twice.</source>
        <translation>“%1”被重复选择。</translation>
    </message>
    <message>
        <source>Choose at most %1.</source>
        <translation>最多选择 %1 项。</translation>
    </message>
    <message>
        <source>Choose at least %1.</source>
        <translation>至少选择 %1 项。</translation>
    </message>
    <message>
        <source>Enter a date as yyyy-MM-dd, e.g. 2024-03-01.</source>
        <translation>请按 yyyy-MM-dd 格式输入日期，例如 2024-03-01。</translation>
    </message>
    <message>
        <source>Choose a county-level region (a county or district), not a province or city.</source>
        <translation>请选择县级行政区（县或区），而不是省或市。</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>请回答是或否。</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>请从选项中选择一项。</translation>
    </message>
    <message>
        <source>Enter text.</source>
        <translation>请输入文本。</translation>
    </message>
    <message>
        <source>This form has no such field.</source>
        <translation>该表单没有此字段。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>Enter the ID card number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>An ID card number has 18 characters: 17 digits, then a digit or X.</source>
        <translation>身份证号码为 18 位：前 17 位为数字，最后一位为数字或 X。</translation>
    </message>
    <message>
        <source>The birth date in this ID card number (%1) is not a real date.</source>
        <translation>该身份证号码中的出生日期（%1）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in this ID card number is before 1900.</source>
        <translation>该身份证号码中的出生日期早于 1900 年。</translation>
    </message>
    <message>
        <source>The birth date in this ID card number is in the future.</source>
        <translation>该身份证号码中的出生日期晚于今天。</translation>
    </message>
    <message>
        <source>This ID card number fails its check digit; please check every digit.</source>
        <translation>该身份证号码校验位不正确，请逐位核对。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>Enter an amount in yuan, for example 1,234.50.</source>
        <translation>请输入以元为单位的金额，例如 1,234.50。</translation>
    </message>
    <message>
        <source>An amount can have at most two decimal places (fen).</source>
        <translation>金额最多保留两位小数（到分）。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
</context>
<context>
    <name>OrganisationCommands</name>
    <message>
        <source>Only members may edit their organisation.</source>
        <translation>只有本机构成员可以编辑机构信息。</translation>
    </message>
    <message>
        <source>This field cannot change after certification.</source>
        <translation>企业认证通过后，此项不可修改。</translation>
    </message>
    <message>
        <source>Only the enterprise itself answers its survey.</source>
        <translation>只有企业本身可以填写其需求调研表。</translation>
    </message>
    <message>
        <source>The eligibility offer comes after certification is approved.</source>
        <translation>优惠资格须在企业认证通过后才能获得。</translation>
    </message>
    <message>
        <source>No such organisation.</source>
        <translation>机构不存在。</translation>
    </message>
    <message>
        <source>The organisation&apos;s region changed; please submit again.</source>
        <translation>机构的所属地区已变更，请重新提交。</translation>
    </message>
    <message>
        <source>Certification voided</source>
        <translation>企业认证已作废</translation>
    </message>
    <message>
        <source>Your certification application was voided because the organisation&apos;s region changed. Please submit it again.</source>
        <translation>由于机构的所属地区已变更，您的企业认证申请已作废，请重新提交。</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation><numerusform>密码至少需要 %n 个字符。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A password can have at most %n characters.</source>
        <translation><numerusform>密码最多 %n 个字符。</numerusform></translation>
    </message>
    <message>
        <source>A password can contain only letters A–Z and a–z, digits and these symbols: %1</source>
        <translation>密码只能包含字母 A–Z 和 a–z、数字及以下符号：%1</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n of: digits, upper-case letters, lower-case letters, symbols.</source>
        <translation><numerusform>密码须至少包含数字、大写字母、小写字母、符号中的 %n 种。</numerusform></translation>
    </message>
    <message>
        <source>A password must not contain your user name.</source>
        <translation>密码不能包含您的用户名。</translation>
    </message>
    <message>
        <source>A password must not contain your mobile number.</source>
        <translation>密码不能包含您的手机号。</translation>
    </message>
</context>
<context>
    <name>Payload</name>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Text is expected here.</source>
        <translation>此处应为文本。</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters are allowed.</source>
        <translation><numerusform>最多允许 %n 个字符。</numerusform></translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>请从以下选项中选择：%1。</translation>
    </message>
    <message>
        <source>An object is expected here.</source>
        <translation>此处应为对象。</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Enter a telephone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>Enter a mobile number (1 followed by 10 digits) or a landline as area code-number, for example 0371-12345678.</source>
        <translation>请输入手机号（以 1 开头的 11 位数字）或座机号码（区号-号码，例如 0371-12345678）。</translation>
    </message>
    <message>
        <source>Enter a mobile number.</source>
        <translation>请输入手机号。</translation>
    </message>
    <message>
        <source>Enter a mobile number: 1 followed by 10 digits.</source>
        <translation>请输入手机号：以 1 开头的 11 位数字。</translation>
    </message>
</context>
<context>
    <name>PushService</name>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>At most 100 characters are allowed.</source>
        <translation>最多允许 100 个字符。</translation>
    </message>
    <message>
        <source>This client is not registered to you.</source>
        <translation>此客户端未注册到您的账号。</translation>
    </message>
    <message>
        <source>Another command already used this sequence number.</source>
        <translation>该序号已被其他操作使用。</translation>
    </message>
    <message>
        <source>Commands must arrive in order; expected %1.</source>
        <translation>操作必须按顺序到达；应为 %1。</translation>
    </message>
    <message>
        <source>Another push of this client is running.</source>
        <translation>此客户端的另一次推送正在进行中。</translation>
    </message>
</context>
<context>
    <name>ReadRoutes</name>
    <message>
        <source>No such application.</source>
        <translation>申请不存在。</translation>
    </message>
</context>
<context>
    <name>RegionCode</name>
    <message>
        <source>Choose a region.</source>
        <translation>请选择所属地区。</translation>
    </message>
    <message>
        <source>A region code has 6 digits.</source>
        <translation>地区代码为 6 位数字。</translation>
    </message>
    <message>
        <source>%1 is not a known GB/T 2260 region code.</source>
        <translation>%1 不是已知的 GB/T 2260 行政区划代码。</translation>
    </message>
</context>
<context>
    <name>ServerApp</name>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>无法创建数据目录 %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法监听 %1:%2：%3</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>请求过大。</translation>
    </message>
    <message>
        <source>The request body is not a JSON object (%1 at byte %2).</source>
        <translation>请求体不是 JSON 对象（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>This client is not registered to you.</source>
        <translation>此客户端未注册到您的账号。</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>The username or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n minute(s).</source>
        <translation><numerusform>登录失败次数过多，请 %n 分钟后再试。</numerusform></translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
</context>
<context>
    <name>SyncRoutes</name>
    <message>
        <source>Register this client first.</source>
        <translation>请先注册此客户端。</translation>
    </message>
    <message>
        <source>A list of commands is expected.</source>
        <translation>此处应为操作列表。</translation>
    </message>
    <message>
        <source>At most %1 commands per request.</source>
        <translation>每次请求最多 %1 个操作。</translation>
    </message>
    <message>
        <source>Each command needs its seq.</source>
        <translation>每个操作都须带有 seq。</translation>
    </message>
    <message>
        <source>limit must be between 1 and 10000.</source>
        <translation>limit 须在 1 到 10000 之间。</translation>
    </message>
    <message>
        <source>Unknown cookie.</source>
        <translation>无法识别的同步游标（cookie）。</translation>
    </message>
</context>
<context>
    <name>TaskQuery</name>
    <message>
        <source>Unknown inbox tab.</source>
        <translation>未知的待办标签页。</translation>
    </message>
    <message>
        <source>A number between %1 and %2 is expected.</source>
        <translation>应为 %1 到 %2 之间的数字。</translation>
    </message>
</context>
<context>
    <name>UploadRule</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is %1; at most %2 is allowed.</source>
        <translation>文件大小为 %1，最大允许 %2。</translation>
    </message>
    <message>
        <source>The file type is not recognised; allowed types: %1.</source>
        <translation>无法识别文件类型；允许的类型：%1。</translation>
    </message>
    <message>
        <source>The file is of type %1; allowed types: %2.</source>
        <translation>文件类型为 %1；允许的类型：%2。</translation>
    </message>
    <message>
        <source>The image could not be read; it may be damaged or incomplete.</source>
        <translation>无法读取该图片，文件可能已损坏或不完整。</translation>
    </message>
    <message>
        <source>The image is %1×%2 px; at least %3×%4 px is required.</source>
        <translation>图片尺寸为 %1×%2 px，至少需要 %3×%4 px。</translation>
    </message>
    <message>
        <source>At most %1 files may be attached here; %2 were given.</source>
        <translation>此处最多可附加 %1 个文件，当前为 %2 个。</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Your role may not do this (%1).</source>
        <translation>您的角色无权执行此操作（%1）。</translation>
    </message>
    <message>
        <source>This belongs to another organisation or county.</source>
        <translation>此项属于其他机构或区县。</translation>
    </message>
    <message>
        <source>This cannot be done while the item is “%1”.</source>
        <translation>当前状态为“%1”，无法执行此操作。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
</context>
</TS>
