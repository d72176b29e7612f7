#include "models/workflow/licencecheck.h"

#include <QRegularExpression>
#include <QStringList>

#include "models/domain/creditcode.h"

namespace dx {

namespace {
// OCR reads the letters the code alphabet never uses as the digits they resemble.
QString codeAlphabet(QString run) {
    run.replace(u'O', u'0');
    run.replace(u'I', u'1');
    return run;
}

// An 18-character window of `run` whose check character is right, else the run itself when it
// is exactly 18 characters (a misread check character is still worth quoting), else "".
QString creditCodeIn(const QString &run) {
    for (qsizetype at = 0; at + 18 <= run.size(); ++at) {
        const QString window = run.mid(at, 18);
        if (CreditCode::checkCharFor(QStringView(window).left(17)) == window.at(17)) return window;
    }
    return run.size() == 18 ? run : QString();
}

// The value after a label the OCR may have mangled: "名 Ph 郑州…有限公司" → "郑州…有限公司".
QString valueAfterLabel(const QString &line, const QString &label) {
    QStringList tokens = line.split(u' ', Qt::SkipEmptyParts);
    if (tokens.size() == 1) {
        const QString only = tokens.constFirst();
        if (only.startsWith(label)) return only.mid(label.size());
        return only.mid(1);
    }
    while (tokens.size() > 1 && tokens.constFirst().size() <= 2) tokens.removeFirst();
    return tokens.join(QString());
}

bool containsAny(const QString &text, std::initializer_list<const char16_t *> words) {
    for (const char16_t *w : words)
        if (text.contains(QString::fromUtf16(w))) return true;
    return false;
}
}  // namespace

QString LicenceCheck::normalise(const QString &text) {
    const QString nfkc = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(nfkc.size());
    for (QChar c : nfkc)
        if (!c.isSpace() && c.category() != QChar::Separator_Space) out.append(c);
    return out.toUpper();
}

QString LicenceCheck::normaliseName(const QString &name) {
    return normalise(name).replace(QStringLiteral("有限责任公司"), QStringLiteral("有限公司"));
}

LicenceReading LicenceCheck::parse(const QString &text) {
    LicenceReading out;
    static const QRegularExpression run(QStringLiteral("[0-9A-Z]{18,}"));
    QString anyCode;  // a code on a line without its label, in case the label was misread
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.normalized(QString::NormalizationForm_KC).simplified();
        if (line.isEmpty()) continue;
        const QString compact = normalise(line);
        for (auto it = run.globalMatch(codeAlphabet(compact)); it.hasNext();) {
            const QString code = creditCodeIn(it.next().captured());
            if (code.isEmpty()) continue;
            if (compact.contains(QStringLiteral("代码")) && out.creditCode.isEmpty())
                out.creditCode = code;
            else if (anyCode.isEmpty())
                anyCode = code;
        }
        const QString head = compact.left(3);
        if (out.name.isEmpty() && (line.startsWith(u'名') || head.contains(u'称')))
            out.name = valueAfterLabel(line, QStringLiteral("名称"));
        else if (out.type.isEmpty() && (line.startsWith(u'类') || head.contains(u'型')))
            out.type = valueAfterLabel(line, QStringLiteral("类型"));
    }
    if (out.creditCode.isEmpty()) out.creditCode = anyCode;
    return out;
}

LicenceCheck::Verdict LicenceCheck::compareCreditCode(const QString &declared,
                                                      const QString &read) {
    if (normalise(read).isEmpty()) return Verdict::Unreadable;
    return normalise(declared) == normalise(read) ? Verdict::Match : Verdict::Mismatch;
}

LicenceCheck::Verdict LicenceCheck::compareName(const QString &declared, const QString &read) {
    if (normalise(read).isEmpty()) return Verdict::Unreadable;
    return normaliseName(declared) == normaliseName(read) ? Verdict::Match : Verdict::Mismatch;
}

LicenceCheck::Verdict LicenceCheck::compareType(const QString &typeCode, const QString &read) {
    const QString t = normalise(read);
    if (t.isEmpty()) return Verdict::Unreadable;
    bool fits = false;
    if (typeCode == QStringLiteral("private"))
        fits = containsAny(t, {u"有限责任公司", u"有限公司", u"个人独资", u"合伙"}) &&
               !containsAny(t, {u"国有", u"全民", u"集体", u"外商", u"外资", u"外国", u"中外",
                                u"港澳台", u"台港澳"});
    else if (typeCode == QStringLiteral("joint_stock"))
        fits = containsAny(t, {u"股份"});
    else if (typeCode == QStringLiteral("state_owned"))
        fits = containsAny(t, {u"国有", u"全民所有制"});
    else if (typeCode == QStringLiteral("collective"))
        fits = containsAny(t, {u"集体所有制", u"股份合作"});
    else if (typeCode == QStringLiteral("joint_venture"))
        fits = containsAny(t, {u"中外合资", u"中外合作", u"合资"});
    else if (typeCode == QStringLiteral("foreign"))
        fits = containsAny(t, {u"外商", u"外资", u"外国"});
    else if (typeCode == QStringLiteral("hk_macao_taiwan"))
        fits = containsAny(t, {u"港澳台", u"台港澳", u"港资", u"澳资", u"台资"});
    return fits ? Verdict::Match : Verdict::Mismatch;
}

QString LicenceCheck::verdictName(Verdict verdict) {
    switch (verdict) {
        case Verdict::Match:
            return tr("matches");
        case Verdict::Mismatch:
            return tr("does not match");
        case Verdict::Unreadable:
            return tr("unreadable");
    }
    return {};
}

QList<ReviewCheck> LicenceCheck::checks(const Declared &declared, const LicenceReading &read) {
    using Level = ReviewCheck::Level;
    const auto line = [](const QString &field, Verdict v, const QString &seen,
                         const QString &claimed) -> ReviewCheck {
        switch (v) {
            case Verdict::Match:
                return {Level::Pass,
                        tr("%1 on the licence: %2, read “%3”").arg(field, verdictName(v), seen)};
            case Verdict::Mismatch:
                return {Level::Fail, tr("%1 on the licence: %2, read “%3”, declared “%4”")
                                         .arg(field, verdictName(v), seen, claimed)};
            case Verdict::Unreadable:
                break;
        }
        return {Level::Warning, tr("%1 on the licence: %2").arg(field, verdictName(v))};
    };
    return {
        line(tr("Credit code"), compareCreditCode(declared.creditCode, read.creditCode),
             read.creditCode, declared.creditCode),
        line(tr("Name"), compareName(declared.name, read.name), read.name, declared.name),
        line(tr("Enterprise type"), compareType(declared.typeCode, read.type), read.type,
             declared.typeLabel.isEmpty() ? declared.typeCode : declared.typeLabel),
    };
}

}  // namespace dx
