#include "models/domain/regioncode.h"
#include "models/domain/characters.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>

namespace dx {

namespace {

Q_LOGGING_CATEGORY(lcRegion, "dx.region")

struct Entry {
    QString name;
    QString parent;
};

using Table = QHash<QString, Entry>;

Table loadTable() {
    Table table;
    QFile file(QStringLiteral(":/regions/gb2260.tsv"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcRegion) << "cannot open the region table" << file.fileName();
        return table;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) continue;
        const QStringList columns = line.split(u'\t');
        if (columns.size() < 2) {
            qCWarning(lcRegion) << "malformed region table line" << line;
            continue;
        }
        table.insert(columns[0], Entry{columns[1], columns.value(2)});
    }
    return table;
}

// Loaded on first use; a function-local static is initialised once, thread-safely.
const Table &table() {
    static const Table instance = loadTable();
    return instance;
}

// Names that group divisions without being a place of their own.
bool isPlaceholder(const QString &name) {
    return name == QStringLiteral("市辖区") || name == QStringLiteral("县") ||
           name == QStringLiteral("省直辖县级行政区划") ||
           name == QStringLiteral("自治区直辖县级行政区划");
}

bool isSixDigits(const QString &code) {
    if (code.size() != 6) return false;
    for (QChar c : code) {
        if (c < u'0' || c > u'9') return false;
    }
    return true;
}

}  // namespace

QString compactCodeText(const QString &text) {
    const QString nfkc = text.normalized(QString::NormalizationForm_KC).trimmed();
    QString out;
    out.reserve(nfkc.size());
    for (QChar c : nfkc) {
        if (c.category() != QChar::Separator_Space && !isDash(c)) out.append(c);
    }
    return out.toUpper();
}

Result<RegionCode> RegionCode::parse(const QString &code, const QString &field) {
    const QString compact = compactCodeText(code);
    if (compact.isEmpty()) return makeError(ErrorCode::Required, tr("Choose a region."), field);
    if (!isSixDigits(compact)) {
        return makeError(ErrorCode::Invalid, tr("A region code has 6 digits."), field);
    }
    if (!table().contains(compact)) {
        return makeError(ErrorCode::Invalid,
                         tr("%1 is not a known GB/T 2260 region code.").arg(compact), field);
    }
    return RegionCode(compact);
}

bool RegionCode::exists(const QString &code) {
    const QString compact = compactCodeText(code);
    return isSixDigits(compact) && table().contains(compact);
}

QString RegionCode::name() const {
    return table().value(m_code).name;
}

QString RegionCode::fullName() const {
    QString full;
    const Table &t = table();
    // Three levels at most; the bound also guards against a cycle in a hand-edited table.
    auto it = t.constFind(m_code);
    for (int level = 0; level < 3 && it != t.cend(); ++level, it = t.constFind(it->parent)) {
        if (!isPlaceholder(it->name)) full.prepend(it->name);
    }
    return full;
}

std::optional<RegionCode> RegionCode::parent() const {
    const QString parentCode = table().value(m_code).parent;
    if (parentCode.isEmpty() || !table().contains(parentCode)) return std::nullopt;
    return RegionCode(parentCode);
}

bool RegionCode::isCounty() const {
    return isSixDigits(m_code) && !m_code.endsWith(u"00");
}

}  // namespace dx
