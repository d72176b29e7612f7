#include "models/core/canonicaltext.h"

namespace dx {

QString canonicalText(const QString &text) {
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
        } else if (c.unicode() < 0x20) {
            out += QChar(0x2400 + c.unicode());  // U+2400 CONTROL PICTURES block
        } else if (c.unicode() == 0x7f) {
            out += QChar(0x2421);
        } else {
            out += c;
        }
    }
    // Noncharacters and unassigned code points survive UTF-8 round trips; only the composition
    // form can still differ between two spellings of the same text.
    return out.normalized(QString::NormalizationForm_C);
}

}  // namespace dx
