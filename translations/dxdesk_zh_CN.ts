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
    <message>
        <source>The audit key %1 is readable by other users. Make it private with: chmod 600 %1</source>
        <translation>审计密钥 %1 可被其他用户读取。请运行以下命令使其仅限所有者访问：chmod 600 %1</translation>
    </message>
</context>
<context>
    <name>BankAccountCommands</name>
    <message>
        <source>Only a service provider keeps receiving accounts.</source>
        <translation>只有服务商可以管理收款账号。</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>收款账号不存在。</translation>
    </message>
    <message>
        <source>Receiving accounts are accepted at: %1.</source>
        <translation>仅接受以下银行的收款账号：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Only a corporate account is accepted: the account name must be “%1”.</source>
        <translation>仅接受对公账号：开户名称须为“%1”。</translation>
    </message>
    <message>
        <source>This account is already on the list.</source>
        <translation>该账号已在列表中。</translation>
    </message>
</context>
<context>
    <name>BankAccountNumber</name>
    <message>
        <source>An account number has digits only.</source>
        <translation>账号只能包含数字。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message numerus="yes">
        <source>An account number has at least %n digits.</source>
        <translation>
            <numerusform>账号至少为 %n 位数字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An account number has at most %n digits.</source>
        <translation>
            <numerusform>账号最多为 %n 位数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>The account number&apos;s check digit does not match. Corporate accounts often have none, so please compare it with the bank&apos;s account opening certificate.</source>
        <translation>账号校验位不符。对公账号通常没有校验位，请与银行开户证明核对。</translation>
    </message>
</context>
<context>
    <name>BlobReference</name>
    <message>
        <source>Not a file reference (SHA-256).</source>
        <translation>不是有效的文件引用（SHA-256）。</translation>
    </message>
    <message>
        <source>The file has not finished uploading yet.</source>
        <translation>文件尚未上传完成。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
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
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
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
    <name>CatalogQuery</name>
    <message>
        <source>At most 10 tags of 12 characters.</source>
        <translation>最多 10 个标签，每个标签不超过 12 个字符。</translation>
    </message>
    <message>
        <source>Unknown category.</source>
        <translation>未知的方案分类。</translation>
    </message>
    <message>
        <source>Unknown industry.</source>
        <translation>未知的行业。</translation>
    </message>
    <message>
        <source>Bad offset.</source>
        <translation>offset 参数无效。</translation>
    </message>
    <message>
        <source>A limit from 1 to 100.</source>
        <translation>limit 须在 1 到 100 之间。</translation>
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
    <message>
        <source>Your account has not been granted this menu (%1).</source>
        <translation>您的账号未被授予此菜单权限（%1）。</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message numerus="yes">
        <source>A unified social credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>统一社会信用代码应为 18 位，当前为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>A unified social credit code cannot contain &quot;%1&quot;; it uses digits and capital letters except I, O, S, V and Z.</source>
        <translation>统一社会信用代码不能包含“%1”；只能由数字和大写字母组成（不含 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>The check character of this credit code should be &quot;%1&quot;; please check the code against the business licence.</source>
        <translation>该统一社会信用代码的校验位应为“%1”，请对照营业执照核对。</translation>
    </message>
    <message>
        <source>A unified social credit code cannot begin with &quot;%1&quot;: its first two characters are a registration authority and an organisation type of GB 32100, such as 91 for a company.</source>
        <translation>统一社会信用代码不能以“%1”开头：前两位是 GB 32100 规定的登记管理部门码和机构类别码，例如企业为 91。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a unified social credit code are a region code and must be digits; this code has &quot;%1&quot;.</source>
        <translation>统一社会信用代码的第 3 至 8 位是行政区划码，只能是数字；此代码为“%1”。</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>无法创建数据目录 %1</translation>
    </message>
    <message>
        <source>Cannot make the data directory %1 private to its owner</source>
        <translation>无法将数据目录 %1 设为仅限所有者访问</translation>
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
    <name>DemoAccounts</name>
    <message>
        <source>Service provider, main account</source>
        <translation>服务商（主账号）</translation>
    </message>
    <message>
        <source>Sub-account of provider1 (listings, orders)</source>
        <translation>provider1 的子账号（商品管理、订单管理）</translation>
    </message>
    <message>
        <source>Enterprise, certified</source>
        <translation>企业（已通过企业认证）</translation>
    </message>
    <message>
        <source>Enterprise, certification pending</source>
        <translation>企业（企业认证待审核）</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>无法打开该文件：%1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is neither a PDF nor an image in a format the viewer can show.</source>
        <translation>该文件既不是 PDF，也不是查看器可以显示的图片格式。</translation>
    </message>
    <message>
        <source>The image is damaged or incomplete and cannot be shown (%1).</source>
        <translation>图片已损坏或不完整，无法显示（%1）。</translation>
    </message>
    <message>
        <source>This document cannot be shown</source>
        <translation>无法显示此文档</translation>
    </message>
    <message>
        <source>“%1” cannot be shown</source>
        <translation>无法显示“%1”</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Page %1 is damaged and cannot be shown.</source>
        <translation>第 %1 页已损坏，无法显示。</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配结果</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit the page width into the view</source>
        <translation>使页面宽度适合视图</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Fit the whole page into the view</source>
        <translation>使整个页面适合视图</translation>
    </message>
    <message>
        <source>Rotate Left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the left</source>
        <translation>将页面向左旋转 90°</translation>
    </message>
    <message>
        <source>Rotate Right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the right</source>
        <translation>将页面向右旋转 90°</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Go to the previous page</source>
        <translation>转到上一页</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Go to the next page</source>
        <translation>转到下一页</translation>
    </message>
    <message>
        <source>Go to Page</source>
        <translation>转到页面</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>转到指定页面</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Find text in the document</source>
        <translation>在文档中查找文本</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>转到下一个匹配项</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>转到上一个匹配项</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>打印文档</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>打印为 PDF…</translation>
    </message>
    <message>
        <source>Save the document as printed to a PDF file</source>
        <translation>将文档按打印效果保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>Show or hide the page thumbnails</source>
        <translation>显示或隐藏页面缩略图</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>打印“%1”</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The document could not be printed completely.</source>
        <translation>文档未能完整打印。</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>打印为 PDF</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF file could not be written completely.</source>
        <translation>PDF 文件未能完整写入。</translation>
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
        <translation>
            <numerusform>电子邮箱地址最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>请输入电子邮箱地址，例如 name@example.com。</translation>
    </message>
    <message numerus="yes">
        <source>The part before @ can have at most %n characters.</source>
        <translation>
            <numerusform>@ 前的部分最多 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpertCommands</name>
    <message>
        <source>Only a service provider keeps an expert roster.</source>
        <translation>只有服务商可以管理专家库。</translation>
    </message>
    <message>
        <source>No such expert.</source>
        <translation>专家不存在。</translation>
    </message>
    <message>
        <source>The years of service cannot exceed the age.</source>
        <translation>服务年限不能大于年龄。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
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
    <name>LicenceCheck</name>
    <message>
        <source>matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <source>%1 on the licence: %2, read “%3”</source>
        <translation>营业执照上的%1：%2，识别结果为“%3”</translation>
    </message>
    <message>
        <source>%1 on the licence: %2, read “%3”, declared “%4”</source>
        <translation>营业执照上的%1：%2，识别结果为“%3”，申报为“%4”</translation>
    </message>
    <message>
        <source>%1 on the licence: %2</source>
        <translation>营业执照上的%1：%2</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Enterprise type</source>
        <translation>企业类型</translation>
    </message>
</context>
<context>
    <name>LicenceOcr</name>
    <message>
        <source>The licence image cannot be read: %1</source>
        <translation>无法读取营业执照图片：%1</translation>
    </message>
    <message>
        <source>Text recognition is not available: the Tesseract language data (%1) is not installed.</source>
        <translation>文字识别不可用：未安装 Tesseract 语言数据（%1）。</translation>
    </message>
    <message>
        <source>Text recognition failed.</source>
        <translation>文字识别失败。</translation>
    </message>
</context>
<context>
    <name>Listing</name>
    <message>
        <source>Initial review (初审)</source>
        <translation>初审</translation>
    </message>
    <message>
        <source>Expert review (专家评审)</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <source>Final review (终审)</source>
        <translation>终审</translation>
    </message>
    <message>
        <source>Draft (草稿)</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Pending: %1 (待审核)</source>
        <translation>待审核（%1）</translation>
    </message>
    <message>
        <source>Rejected at %1 (已驳回)</source>
        <translation>已驳回（%1）</translation>
    </message>
    <message>
        <source>Listed (已上架)</source>
        <translation>已上架</translation>
    </message>
    <message>
        <source>Withdrawn (已撤销)</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Delisted (已下架)</source>
        <translation>已下架</translation>
    </message>
</context>
<context>
    <name>ListingCommands</name>
    <message>
        <source>Only an organisation may list.</source>
        <translation>只有机构可以上架商品。</translation>
    </message>
    <message>
        <source>Listing delisted</source>
        <translation>商品已下架</translation>
    </message>
    <message>
        <source>The platform delisted “%1”: %2</source>
        <translation>平台已将“%1”下架：%2</translation>
    </message>
    <message>
        <source>Assign at least one expert.</source>
        <translation>请至少指派一位评审专家。</translation>
    </message>
    <message>
        <source>At most %1 experts.</source>
        <translation>最多指派 %1 位专家。</translation>
    </message>
    <message>
        <source>An expert is named twice.</source>
        <translation>同一位专家被重复指派。</translation>
    </message>
    <message>
        <source>Not an expert: %1</source>
        <translation>不是专家：%1</translation>
    </message>
    <message>
        <source>Listing rejected</source>
        <translation>商品上架申请已驳回</translation>
    </message>
    <message>
        <source>“%1” was not listed: %2</source>
        <translation>“%1”未通过上架审核：%2</translation>
    </message>
    <message>
        <source>%1 expert opinions are still missing.</source>
        <translation>尚有 %1 位专家未提交评审意见。</translation>
    </message>
    <message>
        <source>A whole score from 0 to 100.</source>
        <translation>评分须为 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <source>No such listing.</source>
        <translation>商品不存在。</translation>
    </message>
    <message>
        <source>You already gave your opinion.</source>
        <translation>您已提交过评审意见。</translation>
    </message>
    <message>
        <source>Listing published</source>
        <translation>商品已上架</translation>
    </message>
    <message>
        <source>“%1” is now listed in the catalog.</source>
        <translation>“%1”已在商品目录中上架。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>A decision must say which version of the listing it is about.</source>
        <translation>审核决定须注明针对的是商品的哪个版本。</translation>
    </message>
    <message>
        <source>This listing changed since you opened it (now: %1).</source>
        <translation>您打开此商品后，商品已发生变更（当前版本：%1）。</translation>
    </message>
    <message>
        <source>Complete and submit the organisation&apos;s profile first.</source>
        <translation>请先完善并提交机构基本资料。</translation>
    </message>
</context>
<context>
    <name>ListingRoutes</name>
    <message>
        <source>Not found (商品不存在)</source>
        <translation>商品不存在</translation>
    </message>
    <message>
        <source>This listing does not exist or is not listed.</source>
        <translation>该商品不存在或未上架。</translation>
    </message>
</context>
<context>
    <name>ListingStore</name>
    <message>
        <source>No such listing.</source>
        <translation>商品不存在。</translation>
    </message>
</context>
<context>
    <name>ListingValidator</name>
    <message>
        <source>Expected text.</source>
        <translation>此处应为文本。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>此处应为整数。</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>不能小于 %1。</translation>
    </message>
    <message>
        <source>Not a file reference (SHA-256).</source>
        <translation>不是有效的文件引用（SHA-256）。</translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation>此处应为列表。</translation>
    </message>
    <message>
        <source>Not one of the choices.</source>
        <translation>不在可选项中。</translation>
    </message>
    <message>
        <source>Chosen twice.</source>
        <translation>重复选择。</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>此处应为对象。</translation>
    </message>
    <message>
        <source>An empty tag.</source>
        <translation>标签不能为空。</translation>
    </message>
    <message>
        <source>The highest price is below the lowest price.</source>
        <translation>最高价格低于最低价格。</translation>
    </message>
    <message>
        <source>Give a mobile number and/or an e-mail.</source>
        <translation>请填写手机号或邮箱（也可两者都填）。</translation>
    </message>
    <message>
        <source>Unknown module.</source>
        <translation>未知的模块。</translation>
    </message>
    <message>
        <source>This module appears twice.</source>
        <translation>该模块重复出现。</translation>
    </message>
    <message>
        <source>The detail page lacks the module “%1”.</source>
        <translation>介绍页缺少“%1”模块。</translation>
    </message>
    <message>
        <source>A priced specification needs a price.</source>
        <translation>简单模式的规格须填写规格定价。</translation>
    </message>
    <message>
        <source>A free specification has no price.</source>
        <translation>免费规格不能填写价格。</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>未知的字段。</translation>
    </message>
    <message numerus="yes">
        <source>At most %n entries.</source>
        <translation>
            <numerusform>最多 %n 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exactly %n entries.</source>
        <translation>
            <numerusform>须为 %n 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n entries.</source>
        <translation>
            <numerusform>至少 %n 项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingWorkflow</name>
    <message>
        <source>Products can be listed once your organisation is certified (企业认证 / 服务商资质).</source>
        <translation>机构通过企业认证或服务商资质认证后，方可上架商品。</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>Listings (商品管理)</source>
        <translation>商品管理</translation>
    </message>
    <message>
        <source>Orders (订单管理)</source>
        <translation>订单管理</translation>
    </message>
    <message>
        <source>Redemption (兑付管理)</source>
        <translation>兑付管理</translation>
    </message>
    <message>
        <source>Experts (专家管理)</source>
        <translation>专家管理</translation>
    </message>
    <message>
        <source>Bank accounts (收款账号管理)</source>
        <translation>收款账号管理</translation>
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
    <name>OfflineDocuments</name>
    <message>
        <source>No documents</source>
        <translation>无材料</translation>
    </message>
    <message numerus="yes">
        <source>All %n document(s) on this computer</source>
        <translation>
            <numerusform>%n 份材料均已在本机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) on this computer</source>
        <translation>
            <numerusform>%n 份材料中有 %1 份已在本机</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents not on this computer</source>
        <translation>材料尚未下载到本机</translation>
    </message>
    <message>
        <source>The missing ones download when the server can be reached.</source>
        <translation>缺少的材料将在可连接服务器时下载。</translation>
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
    <name>PageSelectorAction</name>
    <message>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>转到页面</translation>
    </message>
</context>
<context>
    <name>PasswordChange</name>
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
        <translation>
            <numerusform>最多允许 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>原密码错误。</translation>
    </message>
    <message>
        <source>The password was changed meanwhile. Please try again.</source>
        <translation>密码已在此期间被修改，请重试。</translation>
    </message>
</context>
<context>
    <name>PasswordHistory</name>
    <message>
        <source>No such user.</source>
        <translation>用户不存在。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与原密码相同。</translation>
    </message>
    <message numerus="yes">
        <source>The new password must not be one of the last %n passwords.</source>
        <translation>
            <numerusform>新密码不能与最近 %n 次使用过的密码相同。</numerusform>
        </translation>
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
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password can have at most %n characters.</source>
        <translation>
            <numerusform>密码最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>A password can contain only letters A–Z and a–z, digits and these symbols: %1</source>
        <translation>密码只能包含字母 A–Z 和 a–z、数字及以下符号：%1</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n of: digits, upper-case letters, lower-case letters, symbols.</source>
        <translation>
            <numerusform>密码须至少包含数字、大写字母、小写字母、符号中的 %n 种。</numerusform>
        </translation>
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
        <translation>
            <numerusform>最多允许 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>请从以下选项中选择：%1。</translation>
    </message>
    <message>
        <source>An object is expected here.</source>
        <translation>此处应为对象。</translation>
    </message>
    <message>
        <source>A whole number is expected here.</source>
        <translation>此处应为整数。</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的数字。</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>The PDF file is incomplete: it ends before the end of the document. It may have been cut off during a download or an upload.</source>
        <translation>PDF 文件不完整：文件在文档结尾之前就已中断，可能在下载或上传过程中被截断。</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be shown.</source>
        <translation>PDF 文件已损坏，无法显示。</translation>
    </message>
    <message>
        <source>The PDF file is protected by a password and cannot be shown.</source>
        <translation>PDF 文件受密码保护，无法显示。</translation>
    </message>
    <message>
        <source>The PDF file has no pages.</source>
        <translation>PDF 文件没有任何页面。</translation>
    </message>
    <message>
        <source>The PDF file is damaged: page %1 cannot be read.</source>
        <translation>PDF 文件已损坏：无法读取第 %1 页。</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Enter a telephone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>Enter a mobile number.</source>
        <translation>请输入手机号。</translation>
    </message>
    <message>
        <source>Enter a mobile number (11 digits beginning with 13 to 19) or a landline as area code-number, for example 0371-12345678.</source>
        <translation>请输入手机号（以 13–19 开头的 11 位数字）或座机号码（区号-号码，例如 0371-12345678）。</translation>
    </message>
    <message>
        <source>Enter a mobile number: 11 digits beginning with 13 to 19.</source>
        <translation>请输入手机号：以 13–19 开头的 11 位数字。</translation>
    </message>
</context>
<context>
    <name>PrefetchPlan</name>
    <message>
        <source>No documents to download: your queue has no application with documents.</source>
        <translation>没有需要下载的材料：您的待办中没有附带材料的申请。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) downloaded</source>
        <translation>
            <numerusform>已下载 %n 份材料</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already on this computer</source>
        <translation>
            <numerusform>%n 份已在本机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (offline)</source>
        <translation>
            <numerusform>%n 份下载失败（离线）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 份下载失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not downloaded: they would pass the size limit of %1 set in Preferences</source>
        <translation>
            <numerusform>%n 份未下载：将超出首选项中设置的 %1 上限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not downloaded</source>
        <translation>
            <numerusform>%n 份未下载</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of the report</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>Download cancelled: %1</source>
        <translation>下载已取消：%1</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the end of the report</comment>
        <translation>。</translation>
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
    <message>
        <source>This command id was already used.</source>
        <translation>此操作编号已被使用。</translation>
    </message>
    <message>
        <source>This command is being applied by another push.</source>
        <translation>此操作正由另一次同步提交处理，请稍后重试。</translation>
    </message>
</context>
<context>
    <name>ReadPolicy</name>
    <message>
        <source>Only the operator assigns experts.</source>
        <translation>只有平台运营人员可以指派专家。</translation>
    </message>
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
    <name>Replica</name>
    <message>
        <source>A synced row without an id.</source>
        <translation>同步的数据行缺少 id。</translation>
    </message>
    <message>
        <source>This change is no longer waiting to be sent, so it cannot be taken back here.</source>
        <translation>此更改已不在待发送队列中，无法在此撤销。</translation>
    </message>
    <message>
        <source>Only your most recent change can be taken back: later changes are queued behind this one.</source>
        <translation>只能撤销您最近的一次更改：其后还有排队等待发送的更改。</translation>
    </message>
</context>
<context>
    <name>ReviewChecks</name>
    <message>
        <source>Business license</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>ID card (front)</source>
        <translation>法人身份证正面</translation>
    </message>
    <message>
        <source>ID card (back)</source>
        <translation>法人身份证反面</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Credit code “%1”: %2</source>
        <translation>统一社会信用代码“%1”：%2</translation>
    </message>
    <message>
        <source>Credit code %1: %2</source>
        <translation>统一社会信用代码 %1：%2</translation>
    </message>
    <message>
        <source>Credit code %1: checksum correct</source>
        <translation>统一社会信用代码 %1：校验位正确</translation>
    </message>
    <message>
        <source>Region %1 is your county</source>
        <translation>所属地区 %1 属于您所在的区县</translation>
    </message>
    <message>
        <source>Region %1 is not your county</source>
        <translation>所属地区 %1 不属于您所在的区县</translation>
    </message>
    <message>
        <source>Demand survey: the organisation is not on this computer</source>
        <translation>企业需求调研表：本机上没有该机构的数据</translation>
    </message>
    <message>
        <source>Demand survey answered</source>
        <translation>企业需求调研表已填写</translation>
    </message>
    <message>
        <source>Demand survey not answered</source>
        <translation>企业需求调研表未填写</translation>
    </message>
    <message>
        <source>%1: not downloaded yet</source>
        <translation>%1：尚未下载</translation>
    </message>
    <message>
        <source>%1: the file cannot be read</source>
        <translation>%1：无法读取该文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 × %3 px, meets the upload rules</source>
        <translation>%1：%2 × %3 px，符合上传要求</translation>
    </message>
    <message>
        <source>Other organisations with this credit code: %1</source>
        <translation>无法检查其他机构是否使用该统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>The same credit code is used by %1</source>
        <translation>%1 也在使用相同的统一社会信用代码</translation>
    </message>
    <message>
        <source>No other organisation in your county uses this credit code</source>
        <translation>您所在区县没有其他机构使用该统一社会信用代码</translation>
    </message>
</context>
<context>
    <name>ServerApp</name>
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
    <name>SessionRoutes</name>
    <message>
        <source>Text is expected here.</source>
        <translation>此处应为文本。</translation>
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
        <translation>
            <numerusform>登录失败次数过多，请 %n 分钟后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>County reviewers (区县审核)</source>
        <translation>区县审核</translation>
    </message>
    <message>
        <source>Enterprises (企业)</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Service providers (服务商)</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Platform and province (平台与省厅)</source>
        <translation>平台与省厅</translation>
    </message>
</context>
<context>
    <name>SubAccountCommands</name>
    <message>
        <source>Only the main account of a service provider manages users.</source>
        <translation>只有服务商主账号可以管理用户。</translation>
    </message>
    <message>
        <source>Users can be added once the provider is certified.</source>
        <translation>服务商认证成功后方可添加用户。</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>用户不存在。</translation>
    </message>
    <message>
        <source>A list of menus is expected here.</source>
        <translation>此处应为菜单列表。</translation>
    </message>
    <message>
        <source>Unknown menu “%1”.</source>
        <translation>未知的菜单“%1”。</translation>
    </message>
    <message>
        <source>Another user of this organisation has this mobile number.</source>
        <translation>本机构已有其他用户使用该手机号。</translation>
    </message>
    <message>
        <source>A username has 6–30 letters, digits or underscores.</source>
        <translation>用户名为 6–30 位字母、数字或下划线。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters are allowed.</source>
        <translation>
            <numerusform>最多允许 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>This username is already taken.</source>
        <translation>该用户名已被占用。</translation>
    </message>
    <message>
        <source>A username cannot be changed.</source>
        <translation>用户名不可修改。</translation>
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
    <name>ThumbnailPanel</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
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
<context>
    <name>Workspaces</name>
    <message>
        <source>My enterprise (企业认证)</source>
        <translation>我的企业</translation>
    </message>
    <message>
        <source>My organisation (服务商认证)</source>
        <translation>我的机构</translation>
    </message>
    <message>
        <source>Inbox (待办)</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Certification review (企业认证审核)</source>
        <translation>企业认证审核</translation>
    </message>
    <message>
        <source>Sync problems (同步问题)</source>
        <translation>同步问题</translation>
    </message>
    <message>
        <source>My products (我的商品)</source>
        <translation>我的商品</translation>
    </message>
    <message>
        <source>Listing review (商品审核)</source>
        <translation>商品审核</translation>
    </message>
    <message>
        <source>Experts (专家管理)</source>
        <translation>专家管理</translation>
    </message>
    <message>
        <source>Users (用户管理)</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>Bank accounts (收款账号管理)</source>
        <translation>收款账号管理</translation>
    </message>
</context>
<context>
    <name>dx::AttachmentsSection</name>
    <message>
        <source>Add attachment</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Attachment name</source>
        <translation>附件名称</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>dx::BankAccountDialog</name>
    <message>
        <source>Add receiving account (新增收款账号)</source>
        <translation>新增收款账号</translation>
    </message>
    <message>
        <source>Edit receiving account (编辑收款账号)</source>
        <translation>编辑收款账号</translation>
    </message>
    <message>
        <source>Vouchers are redeemed to a corporate account (对公账号) of your organisation only.</source>
        <translation>服务券只能兑付到本机构的对公账号。</translation>
    </message>
    <message>
        <source>Bank (开户银行)</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Account name (银行开户名称)</source>
        <translation>银行开户名称</translation>
    </message>
    <message>
        <source>Account number (卡号)</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Branch (开户网点)</source>
        <translation>开户网点</translation>
    </message>
</context>
<context>
    <name>dx::BankAccountsWorkspace</name>
    <message>
        <source>Add receiving account (新增收款账号)</source>
        <translation>新增收款账号</translation>
    </message>
    <message>
        <source>Edit (编辑)</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete (删除)</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Bank (开户银行)</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Account name (开户名称)</source>
        <translation>开户名称</translation>
    </message>
    <message>
        <source>Account number (卡号)</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Branch (开户网点)</source>
        <translation>开户网点</translation>
    </message>
    <message>
        <source>Delete account (删除收款账号)</source>
        <translation>删除收款账号</translation>
    </message>
    <message>
        <source>Saved, but please check: %1</source>
        <translation>已保存，但请核对：%1</translation>
    </message>
    <message>
        <source>Saved. It is sent to the server at the next sync.</source>
        <translation>已保存，将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>Delete the account ending in %1?</source>
        <translation>确定删除尾号为 %1 的收款账号吗？</translation>
    </message>
    <message>
        <source>Deleted. It is sent to the server at the next sync.</source>
        <translation>已删除，将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>No receiving account yet</source>
        <translation>暂无收款账号</translation>
    </message>
    <message>
        <source>Vouchers are paid to your organisation&apos;s corporate accounts listed here. Add one with the button above.</source>
        <translation>服务券将兑付到此处列出的本机构对公账号。请点击上方按钮新增收款账号。</translation>
    </message>
</context>
<context>
    <name>dx::BasicSection</name>
    <message>
        <source>The solution&apos;s name as buyers see it</source>
        <translation>买家看到的方案名称</translation>
    </message>
    <message>
        <source>Solutions and products (解决方案和产品)</source>
        <translation>解决方案和产品</translation>
    </message>
    <message>
        <source>Tags separated by commas; buyers filter by them</source>
        <translation>多个标签用逗号分隔，买家可按标签筛选</translation>
    </message>
    <message>
        <source>Display image (展示图)</source>
        <translation>展示图</translation>
    </message>
    <message>
        <source>Yuan, e.g. 9800.00</source>
        <translation>元，例如 9800.00</translation>
    </message>
    <message>
        <source>Yuan, e.g. 128000.00</source>
        <translation>元，例如 128000.00</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Solution name (方案名称)</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>Related product (相关产品名称)</source>
        <translation>相关产品名称</translation>
    </message>
    <message>
        <source>Catalog (目录)</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Tags (标签)</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Solution categories, 1–5 (方案分类)</source>
        <translation>方案分类（1–5 项）</translation>
    </message>
    <message>
        <source>Applicable industries, 1–3 (适用行业)</source>
        <translation>适用行业（1–3 项）</translation>
    </message>
    <message>
        <source>Historical lowest price, yuan (销售历史最低价格)</source>
        <translation>销售历史最低价格（元）</translation>
    </message>
    <message>
        <source>Historical highest price, yuan (销售历史最高价格)</source>
        <translation>销售历史最高价格（元）</translation>
    </message>
    <message>
        <source>Average delivery cycle (交付平均周期)</source>
        <translation>交付平均周期</translation>
    </message>
    <message>
        <source>Delivery person-days (交付人工数量)</source>
        <translation>交付人工数量（人天）</translation>
    </message>
</context>
<context>
    <name>dx::CasesSection</name>
    <message>
        <source>Case %1 (案例%1)</source>
        <translation>案例%1</translation>
    </message>
    <message>
        <source>万元, two decimals, e.g. 100.00</source>
        <translation>万元，保留两位小数，例如 100.00</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Introduction document (介绍文档)</source>
        <translation>介绍文档</translation>
    </message>
    <message>
        <source>Customer name (客户名称)</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Customer&apos;s annual output, 万元 (客户年产值)</source>
        <translation>客户年产值（万元）</translation>
    </message>
    <message>
        <source>Sale amount, 万元 (方案销售额度)</source>
        <translation>方案销售额度（万元）</translation>
    </message>
    <message>
        <source>Delivery cycle (交付周期)</source>
        <translation>交付周期</translation>
    </message>
    <message>
        <source>Customer contact, optional (客户联系人姓名)</source>
        <translation>客户联系人姓名（选填）</translation>
    </message>
    <message>
        <source>Contact&apos;s title, optional (客户联系人职务)</source>
        <translation>客户联系人职务（选填）</translation>
    </message>
    <message>
        <source>Contact&apos;s phone, optional (客户联系人联系方式)</source>
        <translation>客户联系人联系方式（选填）</translation>
    </message>
    <message>
        <source>The problem, the solution and its effect; at most 100 MB: pdf, png, jpg, jpeg, doc, docx, zip, mp4, ppt, pptx, bmp.</source>
        <translation>针对问题、实施方案、实施效果等；文件不超过 100 MB，支持格式：pdf、png、jpg、jpeg、doc、docx、zip、mp4、ppt、pptx、bmp。</translation>
    </message>
</context>
<context>
    <name>dx::CertificationPage</name>
    <message>
        <source>Waiting to sync</source>
        <translation>等待同步</translation>
    </message>
    <message>
        <source>From the previous application</source>
        <translation>沿用上次申请</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Mobile, or area code-number</source>
        <translation>手机号，或“区号-号码”</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Legal representative&apos;s ID card, front</source>
        <translation>法人身份证正面</translation>
    </message>
    <message>
        <source>Legal representative&apos;s ID card, back</source>
        <translation>法人身份证反面</translation>
    </message>
    <message>
        <source>JPG or PNG images of at least 400×200 pixels and at most 10 MB each.</source>
        <translation>每张须为 JPG 或 PNG 图片，尺寸不小于 400×200 像素，大小不超过 10 MB。</translation>
    </message>
    <message>
        <source>Submit application</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>Subsidy eligibility</source>
        <translation>优惠资格</translation>
    </message>
    <message>
        <source>Claim the eligibility</source>
        <translation>领取优惠资格</translation>
    </message>
    <message>
        <source>I don&apos;t want it</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Under review by the platform operator</source>
        <translation>平台运营方审核中</translation>
    </message>
    <message>
        <source>Under review by the county bureau</source>
        <translation>县区工信主管部门审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected: %1 — correct the application and submit it again.</source>
        <translation>已驳回：%1——请修改申请后重新提交。</translation>
    </message>
    <message>
        <source>Voided: %1 — submit the application again.</source>
        <translation>已作废：%1——请重新提交申请。</translation>
    </message>
    <message>
        <source>the organisation&apos;s region changed</source>
        <translation>机构的所属地区已变更</translation>
    </message>
    <message>
        <source>Withdrawn; not submitted</source>
        <translation>已撤回，未提交</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>尚未申请</translation>
    </message>
    <message>
        <source>Application %1: %2</source>
        <translation>申请（第 %1 版）：%2</translation>
    </message>
    <message>
        <source>Submit again</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>Your enterprise is certified and may claim the subsidy eligibility once. Declining forfeits it for good.</source>
        <translation>您的企业已通过企业认证，可领取一次优惠资格。放弃后将永久失去该资格。</translation>
    </message>
    <message>
        <source>You claimed the subsidy eligibility.</source>
        <translation>您已领取优惠资格。</translation>
    </message>
    <message>
        <source>You declined the subsidy eligibility; this is final.</source>
        <translation>您已放弃优惠资格，此操作不可撤销。</translation>
    </message>
    <message>
        <source>Choose a scan</source>
        <translation>选择扫描件</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the scan.</source>
        <translation>请选择扫描件。</translation>
    </message>
    <message>
        <source>Enter the contact person.</source>
        <translation>请输入联系人。</translation>
    </message>
    <message>
        <source>Enter the contact phone.</source>
        <translation>请输入联系电话。</translation>
    </message>
    <message>
        <source>Application submitted. It is sent to the server at the next sync.</source>
        <translation>申请已提交，将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>Application withdrawn. You may correct it and submit it again.</source>
        <translation>申请已撤回，您可以修改后重新提交。</translation>
    </message>
    <message>
        <source>Decline the subsidy eligibility</source>
        <translation>放弃优惠资格</translation>
    </message>
    <message>
        <source>If you decline, the subsidy eligibility is forfeited for good and cannot be claimed later. Decline it?</source>
        <translation>放弃后，优惠资格将永久失效，以后无法再领取。确定放弃吗？</translation>
    </message>
    <message>
        <source>The application is under review; withdraw it to change it.</source>
        <translation>申请正在审核中；如需修改，请先撤回。</translation>
    </message>
    <message>
        <source>The application was approved.</source>
        <translation>申请已通过。</translation>
    </message>
    <message>
        <source>Submitted with application %1</source>
        <translation>随申请（第 %1 版）提交</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
</context>
<context>
    <name>dx::CertificationReview</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所属地区</translation>
    </message>
    <message>
        <source>Enterprise type</source>
        <translation>企业类型</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>审批时间</translation>
    </message>
    <message>
        <source>Previous rejection reason</source>
        <translation>上次驳回理由</translation>
    </message>
    <message>
        <source>The business license photo is not clear; please upload it again.</source>
        <translation>营业执照照片不清晰，请重新上传。</translation>
    </message>
    <message>
        <source>The legal representative&apos;s ID card does not match the business license.</source>
        <translation>法人身份证与营业执照不符。</translation>
    </message>
    <message>
        <source>The unified social credit code does not match the business license.</source>
        <translation>统一社会信用代码与营业执照不符。</translation>
    </message>
    <message>
        <source>The enterprise demand survey has not been filled in.</source>
        <translation>尚未填写企业需求调研表。</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation>自动检查</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous application (Alt+Left, Ctrl+[)</source>
        <translation>上一个申请（Alt+Left，Ctrl+[）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next application (Alt+Right, Ctrl+])</source>
        <translation>下一个申请（Alt+Right，Ctrl+]）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason for a rejection (sent to the applicant)</source>
        <translation>驳回理由（将发送给申请人）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Reason template…</source>
        <translation>驳回理由模板…</translation>
    </message>
    <message>
        <source>This application is not on this computer.</source>
        <translation>本机上没有此申请。</translation>
    </message>
    <message>
        <source>No document.</source>
        <translation>无材料。</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>Decision pending sync</source>
        <translation>审核决定待同步</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>The server refused the decision: %1</source>
        <translation>服务器拒绝了该审核决定：%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>A rejection needs a reason: choose a template or write one.</source>
        <translation>驳回须填写理由：请选择模板或自行填写。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Contact (as submitted)</source>
        <translation>联系人（申请所填）</translation>
    </message>
    <message>
        <source>Phone (as submitted)</source>
        <translation>联系电话（申请所填）</translation>
    </message>
    <message>
        <source>This document is not on this computer yet. It downloads when the server can be reached.</source>
        <translation>本机尚无此材料，将在可连接服务器时下载。</translation>
    </message>
    <message>
        <source>Documents of the application</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>%1 (zoom: Ctrl++ / Ctrl+-, fit the page: Ctrl+0)</source>
        <translation>%1（缩放：Ctrl++ / Ctrl+-，适合页面：Ctrl+0）</translation>
    </message>
    <message>
        <source>Approve the certification of %1?</source>
        <translation>确定通过 %1 的企业认证吗？</translation>
    </message>
    <message>
        <source>Reject the certification of %1?</source>
        <translation>确定驳回 %1 的企业认证吗？</translation>
    </message>
    <message>
        <source>You have not looked at: %1.</source>
        <translation>您尚未查看：%1。</translation>
    </message>
    <message>
        <source>Failed checks:</source>
        <translation>未通过的检查项：</translation>
    </message>
    <message>
        <source>Rejected: %1.</source>
        <translation>已驳回：%1。</translation>
    </message>
    <message>
        <source>Approved: %1.</source>
        <translation>已通过：%1。</translation>
    </message>
    <message>
        <source>The decision was taken back; the application waits for review.</source>
        <translation>审核决定已撤销，申请恢复为待审核。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已驳回：%1</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The enterprise type or name does not match the business license.</source>
        <translation>企业类型或名称与营业执照不符。</translation>
    </message>
</context>
<context>
    <name>dx::ChangePasswordDialog</name>
    <message>
        <source>The new password has %1–%2 characters with at least %3 of: digits, upper-case letters, lower-case letters, special characters %4. It must not contain your username or mobile number, and must differ from your current and previous passwords.</source>
        <translation>新密码为 %1–%2 个字符，至少包含以下字符中的 %3 种：数字、大写字母、小写字母和特殊字符 %4；不能包含用户名、手机号，且不能与原密码、历史密码相同。</translation>
    </message>
    <message>
        <source>Change password (修改密码)</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password (原密码)</source>
        <translation>原密码</translation>
    </message>
    <message>
        <source>New password (新密码)</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Confirm new password (确认新密码)</source>
        <translation>确认新密码</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <translation>正在向服务器验证…</translation>
    </message>
</context>
<context>
    <name>dx::ChecksPanel</name>
    <message>
        <source>Reading the business licence…</source>
        <translation>正在识别营业执照…</translation>
    </message>
</context>
<context>
    <name>dx::ContactSection</name>
    <message>
        <source>Name (姓名)</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile (手机)</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail (邮箱)</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Give a mobile number, an e-mail address, or both.</source>
        <translation>请填写手机号或邮箱，也可两者都填。</translation>
    </message>
</context>
<context>
    <name>dx::DecisionBar</name>
    <message>
        <source>Previous application</source>
        <translation>上一个申请</translation>
    </message>
    <message>
        <source>Next application</source>
        <translation>下一个申请</translation>
    </message>
    <message>
        <source>Reason for a rejection</source>
        <translation>驳回理由</translation>
    </message>
    <message>
        <source>Reason templates</source>
        <translation>驳回理由模板</translation>
    </message>
    <message>
        <source>Choosing a template puts its text into the reason box</source>
        <translation>选择模板后，模板内容将填入理由框</translation>
    </message>
    <message>
        <source>Approve this application (Ctrl+Shift+A)</source>
        <translation>通过此申请（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Approve the application</source>
        <translation>通过申请</translation>
    </message>
    <message>
        <source>Rejecting needs a reason: a template, your own text, or both (Ctrl+Shift+R)</source>
        <translation>驳回须填写理由：可选择模板、自行填写，或两者结合（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Reject the application</source>
        <translation>驳回申请</translation>
    </message>
</context>
<context>
    <name>dx::DemoServer</name>
    <message>
        <source>dxserver was not found beside dxdesk (%1).</source>
        <translation>在 dxdesk 所在目录中未找到 dxserver（%1）。</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>无法创建演示数据：%1</translation>
    </message>
    <message>
        <source>The demo server did not start: %1</source>
        <translation>演示服务器未能启动：%1</translation>
    </message>
    <message>
        <source>Creating the demo data…</source>
        <translation>正在创建演示数据…</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>正在启动演示服务器…</translation>
    </message>
</context>
<context>
    <name>dx::DeskController</name>
    <message>
        <source>DX Workbench</source>
        <translation>数转工作台</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by %1 have not reached the server yet. They stay queued on this computer and are sent the next time %1 signs in here.</source>
        <translation>
            <numerusform>%1 有 %n 项更改尚未送达服务器。这些更改将保留在本机的待发送队列中，并在 %1 下次在本机登录时发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dx::EnterpriseWorkspace</name>
    <message>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>Demand survey</source>
        <translation>企业需求调研表</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质认证</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>企业认证</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Submit survey</source>
        <translation>提交调研表</translation>
    </message>
    <message>
        <source>The profile is submitted.</source>
        <translation>基本资料已提交。</translation>
    </message>
    <message>
        <source>The profile is a draft: submit it before applying for certification.</source>
        <translation>基本资料仍为草稿：请先提交，再申请企业认证。</translation>
    </message>
    <message>
        <source>The organisation is certified: the credit code and the enterprise type can no longer change.</source>
        <translation>机构已通过认证：统一社会信用代码和企业类型不可再修改。</translation>
    </message>
    <message>
        <source>The survey is answered; you may update your answers.</source>
        <translation>调研表已填写，您可以更新答案。</translation>
    </message>
    <message>
        <source>Answer the demand survey before applying for certification.</source>
        <translation>申请企业认证前，请先填写企业需求调研表。</translation>
    </message>
    <message>
        <source>Correct the marked fields.</source>
        <translation>请更正标出的字段。</translation>
    </message>
    <message>
        <source>Saved. It is sent to the server at the next sync.</source>
        <translation>已保存，将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>Submitted. It is sent to the server at the next sync.</source>
        <translation>已提交，将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>Thank you. The survey is sent to the server at the next sync.</source>
        <translation>谢谢！调研表将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>The profile is submitted; change it to submit again.</source>
        <translation>基本资料已提交；修改后可重新提交。</translation>
    </message>
    <message>
        <source>The survey is answered; change an answer to submit it again.</source>
        <translation>调研表已填写；修改答案后可重新提交。</translation>
    </message>
</context>
<context>
    <name>dx::ExpertEditor</name>
    <message>
        <source>Expert record (专家录入)</source>
        <translation>专家录入</translation>
    </message>
    <message>
        <source>Name (姓名)</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Age (年龄, 岁)</source>
        <translation>年龄（岁）</translation>
    </message>
    <message>
        <source>Male (男)</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female (女)</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Gender (性别)</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>IIoT field (工业互联网专业领域)</source>
        <translation>工业互联网专业领域</translation>
    </message>
    <message>
        <source>Industry field (工业行业领域)</source>
        <translation>工业行业领域</translation>
    </message>
    <message>
        <source>Operations field (工业运行领域)</source>
        <translation>工业运行领域</translation>
    </message>
    <message>
        <source>Years in IIoT service (工业互联网服务年限)</source>
        <translation>工业互联网服务年限</translation>
    </message>
    <message>
        <source>Years in industry (工业领域服务年限)</source>
        <translation>工业领域服务年限</translation>
    </message>
    <message>
        <source>Experience and achievements (经验与业绩)</source>
        <translation>经验与业绩</translation>
    </message>
    <message>
        <source>Title (职务)</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Education (学历)</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Photo (照片): jpeg/jpg/png, under 2048 KB</source>
        <translation>照片：jpeg/jpg/png，小于 2048 KB</translation>
    </message>
    <message>
        <source>Photo (照片)</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Choose the expert&apos;s photo</source>
        <translation>选择专家照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Introduction (专家介绍)</source>
        <translation>专家介绍</translation>
    </message>
    <message>
        <source>Submit (提交)</source>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>dx::ExpertsWorkspace</name>
    <message>
        <source>Add expert (新增专家)</source>
        <translation>新增专家</translation>
    </message>
    <message>
        <source>Edit (编辑)</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete (删除)</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Name (姓名)</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Age (年龄)</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Gender (性别)</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>IIoT field (工业互联网专业领域)</source>
        <translation>工业互联网专业领域</translation>
    </message>
    <message>
        <source>Industry field (工业行业领域)</source>
        <translation>工业行业领域</translation>
    </message>
    <message>
        <source>Title (职务)</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Delete expert (删除专家)</source>
        <translation>删除专家</translation>
    </message>
    <message>
        <source>Female (女)</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male (男)</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Saved. It is sent to the server at the next sync.</source>
        <translation>已保存，将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>Delete the expert %1 from the roster?</source>
        <translation>确定从专家库中删除专家 %1 吗？</translation>
    </message>
    <message>
        <source>%1 was deleted. It is sent to the server at the next sync.</source>
        <translation>%1 已删除，将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>No expert on your roster yet</source>
        <translation>专家库中暂无专家</translation>
    </message>
    <message>
        <source>The experts of your organisation appear here with their fields of expertise. Add one with the button above.</source>
        <translation>本机构的专家及其专业领域将显示在此处。请点击上方按钮新增专家。</translation>
    </message>
</context>
<context>
    <name>dx::FieldEditor</name>
    <message>
        <source>10k yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>（未选择）</translation>
    </message>
</context>
<context>
    <name>dx::InboxWidget</name>
    <message>
        <source>Pending my approval (%1)</source>
        <translation>待我审批（%1）</translation>
    </message>
    <message>
        <source>My applications (%1)</source>
        <translation>我的申请（%1）</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>历史审批（%1）</translation>
    </message>
    <message>
        <source>The inbox cannot be read: %1</source>
        <translation>无法读取待办：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation or applicant</source>
        <translation>机构或申请人</translation>
    </message>
    <message>
        <source>Filter by organisation name or applicant</source>
        <translation>按机构名称或申请人筛选</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>From: any</source>
        <translation>起始：不限</translation>
    </message>
    <message>
        <source>Submitted on or after</source>
        <translation>提交日期不早于</translation>
    </message>
    <message>
        <source>To: any</source>
        <translation>截止：不限</translation>
    </message>
    <message>
        <source>Submitted on or before</source>
        <translation>提交日期不晚于</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Nothing matches the filters</source>
        <translation>没有符合筛选条件的事项</translation>
    </message>
    <message>
        <source>Other items of this box are hidden by the filters above. Clear the filters to see them all.</source>
        <translation>此列表中的其他事项已被上方的筛选条件隐藏。清除筛选即可查看全部。</translation>
    </message>
    <message>
        <source>Nothing is waiting for your approval</source>
        <translation>暂无待您审批的事项</translation>
    </message>
    <message>
        <source>Applications and listings assigned to you appear here when they are submitted; the inbox is brought up to date at each sync.</source>
        <translation>分配给您的申请和商品提交后将显示在此处；待办在每次同步时更新。</translation>
    </message>
    <message>
        <source>You have not submitted anything yet</source>
        <translation>您尚未提交任何事项</translation>
    </message>
    <message>
        <source>What you submit for approval appears here, with its state, until it is decided.</source>
        <translation>您提交审批的事项及其状态将显示在此处，直至审批完成。</translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation>暂无历史记录</translation>
    </message>
    <message>
        <source>Items that were decided or withdrawn appear here.</source>
        <translation>已审批或已撤回的事项将显示在此处。</translation>
    </message>
</context>
<context>
    <name>dx::ListingEditor</name>
    <message>
        <source>← My products</source>
        <translation>← 我的商品</translation>
    </message>
    <message>
        <source>Save draft (保存草稿)</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Publish preview (发布预览)</source>
        <translation>发布预览</translation>
    </message>
    <message>
        <source>Submit (提交申请)</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>Basic information (基本信息)</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Customer cases (案例说明)</source>
        <translation>案例说明</translation>
    </message>
    <message>
        <source>Contact (联系人信息)</source>
        <translation>联系人信息</translation>
    </message>
    <message>
        <source>Detail page (介绍页)</source>
        <translation>介绍页</translation>
    </message>
    <message>
        <source>Specifications (规格)</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Attachments (附件)</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Unsaved changes from the last session were restored.</source>
        <translation>已恢复上次未保存的修改。</translation>
    </message>
    <message>
        <source>New listing (商品上架)</source>
        <translation>商品上架</translation>
    </message>
    <message>
        <source>Draft saved; it is sent to the server at the next sync.</source>
        <translation>草稿已保存，将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>Submitted for review; it is sent to the server at the next sync.</source>
        <translation>已提交审核，将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>请更正标出的字段。</translation>
    </message>
</context>
<context>
    <name>dx::ListingFileSlot</name>
    <message>
        <source>Uploading %p%</source>
        <translation>正在上传 %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
</context>
<context>
    <name>dx::ListingPreview</name>
    <message numerus="yes">
        <source>%n file(s) are still downloading; the page is shown again when they arrive.</source>
        <translation>
            <numerusform>还有 %n 个文件正在下载，下载完成后将重新显示页面。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dx::ListingReview</name>
    <message>
        <source>Experts to ask (评审专家)</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <source>Expert opinions (专家意见)</source>
        <translation>专家意见</translation>
    </message>
    <message>
        <source>Your opinion (评审意见)</source>
        <translation>评审意见</translation>
    </message>
    <message>
        <source>Score, 0–100 (评分)</source>
        <translation>评分（0–100）</translation>
    </message>
    <message>
        <source>Opinion (意见)</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Reason for a rejection (驳回原因)</source>
        <translation>驳回原因</translation>
    </message>
    <message>
        <source>— reason template —</source>
        <translation>— 驳回原因模板 —</translation>
    </message>
    <message>
        <source>The customer cases are incomplete or cannot be verified.</source>
        <translation>客户案例不完整或无法核实。</translation>
    </message>
    <message>
        <source>The detail page does not describe the solution clearly.</source>
        <translation>介绍页未清楚说明解决方案。</translation>
    </message>
    <message>
        <source>The prices or specifications are inconsistent.</source>
        <translation>价格或规格前后不一致。</translation>
    </message>
    <message>
        <source>Reject (驳回)</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← 上一个</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>下一个 →</translation>
    </message>
    <message>
        <source>Open a listing from the inbox (待办).</source>
        <translation>请从待办中打开一个商品。</translation>
    </message>
    <message>
        <source>Your opinion is recorded.</source>
        <translation>您的评审意见已记录。</translation>
    </message>
    <message>
        <source>Submit opinion (提交意见)</source>
        <translation>提交意见</translation>
    </message>
    <message>
        <source>Approve and list (通过)</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Pass to final review (提交终审)</source>
        <translation>提交终审</translation>
    </message>
    <message>
        <source>Pass to expert review (通过初审)</source>
        <translation>通过初审</translation>
    </message>
    <message>
        <source>%1: waiting for the opinion</source>
        <translation>%1：等待评审意见</translation>
    </message>
    <message>
        <source>%1: %2 points — %3</source>
        <translation>%1：%2 分 — %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sending your opinion…</source>
        <translation>正在提交您的评审意见…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an expert: name and username</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>dx::ListingsWorkspace</name>
    <message>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <source>Publish preview (发布预览): the page exactly as buyers see it</source>
        <translation>发布预览：与买家看到的页面完全一致</translation>
    </message>
</context>
<context>
    <name>dx::MainWindow</name>
    <message>
        <source>DX Workbench — %1</source>
        <translation>数转工作台 — %1</translation>
    </message>
    <message>
        <source>&amp;Workbench</source>
        <translation>工作台(&amp;W)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Download documents for offline work</source>
        <translation>下载材料以便离线工作</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Documents %v/%m</source>
        <translation>材料 %v/%m</translation>
    </message>
    <message>
        <source>Uploading %p%</source>
        <translation>正在上传 %p%</translation>
    </message>
    <message>
        <source>Syncing %p%</source>
        <translation>正在同步 %p%</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ 离线</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>所有更改均已同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 项更改等待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The language changes the next time DX Workbench starts.</source>
        <translation>界面语言将在下次启动数转工作台时生效。</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>Change password (修改密码)…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>修改密码成功。</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>首选项…</translation>
    </message>
    <message>
        <source>Switch user (切换用户)…</source>
        <translation>切换用户…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync (offline)</source>
        <translation>
            <numerusform>%n 项更改等待同步（离线）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to retry</source>
        <translation>
            <numerusform>，%n 项待重试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync problem(s)</source>
        <translation>
            <numerusform>%n 个同步问题</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Side panel: icons only</source>
        <translation>侧栏：仅显示图标</translation>
    </message>
</context>
<context>
    <name>dx::ModulePanel</name>
    <message>
        <source>Highlights (商品亮点)</source>
        <translation>商品亮点</translation>
    </message>
    <message>
        <source>Description (商品说明)</source>
        <translation>商品说明</translation>
    </message>
    <message>
        <source>Screenshots and videos (商品截图)</source>
        <translation>商品截图</translation>
    </message>
    <message>
        <source>User cases (用户案例)</source>
        <translation>用户案例</translation>
    </message>
    <message>
        <source>Service support (服务支持)</source>
        <translation>服务支持</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>介绍</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Service hours (售后服务时间)</source>
        <translation>售后服务时间</translation>
    </message>
    <message>
        <source>Service content (售后服务内容)</source>
        <translation>售后服务内容</translation>
    </message>
    <message>
        <source>Hotline (服务热线)</source>
        <translation>服务热线</translation>
    </message>
    <message>
        <source>E-mail (服务邮箱)</source>
        <translation>服务邮箱</translation>
    </message>
    <message>
        <source>Add picture or video</source>
        <translation>上传图片或视频</translation>
    </message>
    <message>
        <source>Add highlight (新增)</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>亮点</translation>
    </message>
    <message>
        <source>Picture or video</source>
        <translation>图片或视频</translation>
    </message>
    <message>
        <source>Case image</source>
        <translation>案例图片</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Banner (横幅)</source>
        <translation>横幅</translation>
    </message>
    <message>
        <source>Banner image (横幅图片)</source>
        <translation>横幅图片</translation>
    </message>
</context>
<context>
    <name>dx::MyProducts</name>
    <message>
        <source>Delist (下架)</source>
        <translation>下架</translation>
    </message>
    <message>
        <source>Why is it taken off sale?</source>
        <translation>下架原因：</translation>
    </message>
    <message>
        <source>New listing (商品上架)</source>
        <translation>商品上架</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Withdraw (撤销)</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Relist (重新上架)</source>
        <translation>重新上架</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Name (方案名称)</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Stage (阶段)</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Reason (原因)</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Drafts (草稿)</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Pending (待审核)</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Rejected (已驳回)</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Listed (已上架)</source>
        <translation>已上架</translation>
    </message>
    <message>
        <source>Withdrawn (已撤销)</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Delisted (已下架)</source>
        <translation>已下架</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Done; it is sent to the server at the next sync.</source>
        <translation>操作成功，将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a tab: its title and count</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>dx::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Download the documents of my queue for offline work after each sync</source>
        <translation>每次同步后下载我的待办中的材料，以便离线工作</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Downloading stops, and says so, before the documents of your queue on this computer would take more than this.</source>
        <translation>本机上待办材料占用的空间即将超过此值时，停止下载并给出提示。</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>最多：</translation>
    </message>
</context>
<context>
    <name>dx::ResetPasswordDialog</name>
    <message>
        <source>Reset password of %1 (重置密码)</source>
        <translation>重置密码：%1</translation>
    </message>
    <message>
        <source>Password (密码)</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Confirm password (确认密码)</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>dx::Session</name>
    <message>
        <source>The server cannot be reached, and %1 has not signed in on this computer before.</source>
        <translation>无法连接服务器，且 %1 此前未在本机登录过。</translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
</context>
<context>
    <name>dx::Sidebar</name>
    <message>
        <source>Show the names</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Icons only</source>
        <translation>仅显示图标</translation>
    </message>
    <message>
        <source>Expand the side panel</source>
        <translation>展开侧边栏</translation>
    </message>
    <message>
        <source>Collapse the side panel to icons</source>
        <translation>将侧边栏收起为图标</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1：%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dx::SignInDialog</name>
    <message>
        <source>Sign in — DX Workbench</source>
        <translation>登录 — 数转工作台</translation>
    </message>
    <message>
        <source>&lt;h2&gt;数转工作台 DX Workbench&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;数转工作台&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Demo accounts (one click)</source>
        <translation>演示账号（一键登录）</translation>
    </message>
    <message>
        <source>Enter the server address, your username and your password.</source>
        <translation>请输入服务器地址、用户名和密码。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>正在启动演示服务器…</translation>
    </message>
    <message>
        <source>%1 (step %2 of %3)</source>
        <translation>%1（第 %2 步，共 %3 步）</translation>
    </message>
</context>
<context>
    <name>dx::SpecsSection</name>
    <message>
        <source>Add specification (添加规格)</source>
        <translation>添加规格</translation>
    </message>
    <message>
        <source>e.g. 享受省30%优惠</source>
        <translation>例如：享受省30%优惠</translation>
    </message>
    <message>
        <source>Discount note (优惠说明)</source>
        <translation>优惠说明</translation>
    </message>
    <message>
        <source>Specification name (规格名称)</source>
        <translation>规格名称</translation>
    </message>
    <message>
        <source>Yearly (按年)</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>Monthly (按月)</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By quantity (按数量)</source>
        <translation>按数量</translation>
    </message>
    <message>
        <source>Free (免费)</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Simple (简单模式)</source>
        <translation>简单模式</translation>
    </message>
    <message>
        <source>Price, yuan (规格定价)</source>
        <translation>规格定价（元）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>dx::StatusCard</name>
    <message>
        <source>The platform operator (运营管理员)</source>
        <translation>运营管理员</translation>
    </message>
    <message>
        <source>The county bureau (县区工信主管部门)</source>
        <translation>县区工信主管部门</translation>
    </message>
    <message>
        <source>Certification state</source>
        <translation>认证状态</translation>
    </message>
    <message>
        <source>Withdraw the application</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>Profile not submitted (基本资料未提交)</source>
        <translation>基本资料未提交</translation>
    </message>
    <message>
        <source>Fill in the organisation&apos;s profile and submit it. The certification application comes next.</source>
        <translation>请填写并提交机构基本资料，之后即可申请认证。</translation>
    </message>
    <message>
        <source>Fill in the profile</source>
        <translation>填写基本资料</translation>
    </message>
    <message>
        <source>Demand survey not answered (需求调研未填写)</source>
        <translation>需求调研未填写</translation>
    </message>
    <message>
        <source>Enterprises answer the demand survey before they apply for certification; the reviewer sees whether it was done.</source>
        <translation>企业须先填写企业需求调研表，再申请认证；审核人员可以看到是否已填写。</translation>
    </message>
    <message>
        <source>Answer the survey</source>
        <translation>填写调研表</translation>
    </message>
    <message>
        <source>Application withdrawn (已撤回)</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Your withdrawn application is kept: correct it and submit it again.</source>
        <translation>已撤回的申请仍会保留，修改后即可重新提交。</translation>
    </message>
    <message>
        <source>Application voided (已作废)</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Submit the application again. %1 reviews it.</source>
        <translation>请重新提交申请，由%1审核。</translation>
    </message>
    <message>
        <source>Not certified (未认证)</source>
        <translation>未认证</translation>
    </message>
    <message>
        <source>Apply for certification: a contact person and phone, the business licence and both sides of the legal representative&apos;s ID card. %1 reviews it.</source>
        <translation>申请认证需提供联系人及联系电话、营业执照以及法人身份证正反面，由%1审核。</translation>
    </message>
    <message>
        <source>Apply for certification</source>
        <translation>申请认证</translation>
    </message>
    <message>
        <source>Rejected (已驳回)</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Reason of the rejection: %1</source>
        <translation>驳回理由：%1</translation>
    </message>
    <message>
        <source>Correct what the reviewer names and submit application %1 again; the documents of the last application are kept, replace only those at fault.</source>
        <translation>请按审核意见修改申请（第 %1 版）后重新提交；上次申请的材料均已保留，只需替换有问题的材料。</translation>
    </message>
    <message>
        <source>Correct and resubmit</source>
        <translation>修改并重新提交</translation>
    </message>
    <message>
        <source>Under review (待审核)</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Last rejection: %1</source>
        <translation>上次驳回理由：%1</translation>
    </message>
    <message>
        <source>Application %1 was submitted on %2.</source>
        <translation>申请（第 %1 版）已于 %2 提交。</translation>
    </message>
    <message>
        <source>Application %1 is submitted.</source>
        <translation>申请（第 %1 版）已提交。</translation>
    </message>
    <message>
        <source>%1 reviews it; you are told the result here and by SMS and e-mail. If it is rejected, you correct it and submit it again. Until the decision you may withdraw it to change it.</source>
        <translation>由%1审核，审核结果将在此处显示，并通过短信和电子邮件通知您。如被驳回，修改后可重新提交。审核决定作出前，您可以撤回申请进行修改。</translation>
    </message>
    <message>
        <source>View the application</source>
        <translation>查看申请</translation>
    </message>
    <message>
        <source>Certified (已认证)</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Your enterprise is certified. Claim the subsidy eligibility (优惠资格) once, or decline it for good.</source>
        <translation>您的企业已通过认证。优惠资格可领取一次，也可永久放弃。</translation>
    </message>
    <message>
        <source>Claim the eligibility</source>
        <translation>领取优惠资格</translation>
    </message>
    <message>
        <source>Your organisation is certified. You may list products under My products (我的商品).</source>
        <translation>您的机构已通过认证，可在“我的商品”中上架商品。</translation>
    </message>
    <message>
        <source>Your enterprise is certified. You may publish your own products under My products (我的商品).</source>
        <translation>您的企业已通过认证，可在“我的商品”中发布自己的商品。</translation>
    </message>
    <message>
        <source>View the certification</source>
        <translation>查看认证</translation>
    </message>
    <message>
        <source>Waiting for the first sync</source>
        <translation>等待首次同步</translation>
    </message>
    <message>
        <source>Your organisation&apos;s profile and certification arrive from the server with the first sync; then this card says what to do next.</source>
        <translation>机构基本资料和认证信息将在首次同步时从服务器获取，之后此处将提示下一步操作。</translation>
    </message>
    <message>
        <source>Saved on this computer; it is sent to the server at the next sync.</source>
        <translation>已保存在本机，将在下次同步时发送到服务器。</translation>
    </message>
</context>
<context>
    <name>dx::SubAccountDialog</name>
    <message>
        <source>Edit user (编辑用户)</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>Add user (添加用户)</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>6–30 letters, digits or underscores</source>
        <translation>6–30 位字母、数字或下划线</translation>
    </message>
    <message>
        <source>Username (用户名)</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Mobile (手机号)</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email (邮箱)</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Password (密码)</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Confirm password (确认密码)</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Menus (菜单权限)</source>
        <translation>菜单权限</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Creating the user on the server…</source>
        <translation>正在服务器上创建用户…</translation>
    </message>
</context>
<context>
    <name>dx::SubAccountsWorkspace</name>
    <message>
        <source>Add user (添加用户)</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Edit (编辑)</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete (删除)</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reset password (重置密码)</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Username (用户名)</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Mobile (手机号)</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email (邮箱)</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Menus (菜单权限)</source>
        <translation>菜单权限</translation>
    </message>
    <message>
        <source>Delete user (删除用户)</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>Only the organisation&apos;s main account manages its users.</source>
        <translation>只有机构主账号可以管理用户。</translation>
    </message>
    <message>
        <source>Sub-accounts (子账号) become available once your organisation is certified (认证成功). Apply for certification under “My organisation”.</source>
        <translation>机构认证成功后方可使用子账号。请在“我的机构”中申请认证。</translation>
    </message>
    <message>
        <source>The user was created (新增成功).</source>
        <translation>新增成功。</translation>
    </message>
    <message>
        <source>Saved (编辑成功). It is sent to the server at the next sync.</source>
        <translation>编辑成功，将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>The password was reset (重置密码成功).</source>
        <translation>重置密码成功。</translation>
    </message>
    <message>
        <source>Delete the user %1? They can no longer sign in.</source>
        <translation>确定删除用户 %1 吗？删除后该用户将无法登录。</translation>
    </message>
    <message>
        <source>%1 was deleted. It is sent to the server at the next sync.</source>
        <translation>%1 已删除，将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>No user besides you yet</source>
        <translation>除您之外暂无其他用户</translation>
    </message>
    <message>
        <source>Users you add here sign in with their own password and see only the menus you grant them. Add one with the button above.</source>
        <translation>在此添加的用户使用自己的密码登录，只能看到您授予的菜单。请点击上方按钮添加用户。</translation>
    </message>
</context>
<context>
    <name>dx::SyncClient</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The server cannot be reached, so nothing was changed. This needs a connection: try again when you are online.</source>
        <translation>无法连接服务器，未作任何更改。此操作需要联网，请联网后重试。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>服务器返回 HTTP %1。</translation>
    </message>
    <message>
        <source>This change has already been sent to the server, so it cannot be taken back.</source>
        <translation>此更改已发送到服务器，无法撤销。</translation>
    </message>
</context>
<context>
    <name>dx::SyncProblemsView</name>
    <message>
        <source>Certification decision</source>
        <translation>企业认证审核决定</translation>
    </message>
    <message>
        <source>Certification application</source>
        <translation>企业认证申请</translation>
    </message>
    <message>
        <source>Withdrawal of an application</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>机构基本资料</translation>
    </message>
    <message>
        <source>Demand survey</source>
        <translation>企业需求调研表</translation>
    </message>
    <message>
        <source>Eligibility offer</source>
        <translation>优惠资格</translation>
    </message>
    <message>
        <source>Someone else changed it first; the current state is shown. Reopen it and decide again if needed.</source>
        <translation>他人已先行修改，此处显示的是当前状态。如有需要，请重新打开并再次审批。</translation>
    </message>
    <message>
        <source>You may no longer act on this item; ask your administrator if this is unexpected.</source>
        <translation>您已无权处理此项；如有疑问，请联系管理员。</translation>
    </message>
    <message>
        <source>Correct the input and do it again.</source>
        <translation>请更正输入后重新操作。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>服务器给出的原因</translation>
    </message>
    <message>
        <source>Server&apos;s state now</source>
        <translation>服务器当前状态</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>No sync problems: everything you did reached the server.</source>
        <translation>没有同步问题：您的所有操作均已送达服务器。</translation>
    </message>
    <message>
        <source>Dismiss selected</source>
        <translation>忽略所选项</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sync problems&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;同步问题&lt;/h3&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n 项更改等待发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent (offline): they are kept on this computer and sent when the server can be reached.</source>
        <translation>
            <numerusform>%n 项更改等待发送（离线）：已保存在本机，将在可连接服务器时发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server asked to retry %n of them later.</source>
        <translation>
            <numerusform>服务器要求稍后重试其中 %n 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server, listed below.</source>
        <translation>
            <numerusform>%n 项更改被服务器拒绝，详见下方列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync problems</source>
        <translation>没有同步问题</translation>
    </message>
    <message>
        <source>A change the server refuses (for example because someone else decided first) appears here with the server&apos;s reason and what you can do.</source>
        <translation>服务器拒绝的更改（例如他人已先作出决定）会显示在这里，并附服务器给出的原因和您可以采取的措施。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>dx::TaskModel</name>
    <message>
        <source>Certification review</source>
        <translation>企业认证审核</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>dx::UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Take the decision back: possible until it has been sent to the server</source>
        <translation>撤销审核决定：在发送到服务器之前均可撤销</translation>
    </message>
    <message>
        <source>Undo the decision</source>
        <translation>撤销审核决定</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>dx::UploadSlot</name>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>已附加</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show the document in the viewer</source>
        <translation>在查看器中显示此材料</translation>
    </message>
    <message>
        <source>No file chosen yet: JPG or PNG scan</source>
        <translation>尚未选择文件：请选择 JPG 或 PNG 扫描件</translation>
    </message>
    <message>
        <source>Not part of this application</source>
        <translation>本次申请未包含此材料</translation>
    </message>
    <message>
        <source>Not downloaded yet; it is fetched at the next sync</source>
        <translation>尚未下载，将在下次同步时获取</translation>
    </message>
</context>
</TS>
