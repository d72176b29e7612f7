#include "models/domain/filesniffer.h"

#include <QIODevice>

namespace dx {

namespace {

template <qsizetype N>
bool hasAt(const QByteArray &bytes, qsizetype offset, const char (&magic)[N]) {
    const qsizetype len = N - 1;  // without the literal's terminating NUL
    return offset >= 0 && bytes.size() >= offset + len &&
           QByteArrayView(bytes).sliced(offset, len) == QByteArrayView(magic, len);
}

quint32 u16le(const QByteArray &b, qsizetype at) {
    return quint32(uchar(b[at])) | quint32(uchar(b[at + 1])) << 8;
}

quint32 u32le(const QByteArray &b, qsizetype at) {
    return u16le(b, at) | u16le(b, at + 2) << 16;
}

quint32 u32be(const QByteArray &b, qsizetype at) {
    return quint32(uchar(b[at])) << 24 | quint32(uchar(b[at + 1])) << 16 |
           quint32(uchar(b[at + 2])) << 8 | quint32(uchar(b[at + 3]));
}

QString officeTypeOf(QByteArrayView entryName) {
    if (entryName.startsWith("word/")) return QStringLiteral("docx");
    if (entryName.startsWith("ppt/")) return QStringLiteral("pptx");
    if (entryName.startsWith("xl/")) return QStringLiteral("xlsx");
    return {};
}

QString sniffZip(const QByteArray &b) {
    // Walk the local file headers from the start, as far as the bytes and the sizes allow.
    qsizetype pos = 0;
    while (hasAt(b, pos, "PK\x03\x04") && pos + 30 <= b.size()) {
        const quint32 flags = u16le(b, pos + 6);
        const quint32 compressed = u32le(b, pos + 18);
        const qsizetype nameLen = u16le(b, pos + 26);
        const qsizetype extraLen = u16le(b, pos + 28);
        if (pos + 30 + nameLen > b.size()) break;
        const QString type = officeTypeOf(QByteArrayView(b).sliced(pos + 30, nameLen));
        if (!type.isEmpty()) return type;
        // Sizes deferred to a data descriptor (bit 3) or zip64: the next header can't be located.
        if ((flags & 0x08) != 0 || compressed == 0xFFFFFFFFu) break;
        pos += 30 + nameLen + extraLen + qsizetype(compressed);
    }
    // Central directory entries, present when the tail of the file is within the bytes.
    for (qsizetype at = b.indexOf(QByteArrayView("PK\x01\x02", 4)); at >= 0 && at + 46 <= b.size();
         at = b.indexOf(QByteArrayView("PK\x01\x02", 4), at + 4)) {
        const qsizetype nameLen = u16le(b, at + 28);
        if (at + 46 + nameLen > b.size()) break;
        const QString type = officeTypeOf(QByteArrayView(b).sliced(at + 46, nameLen));
        if (!type.isEmpty()) return type;
    }
    return QStringLiteral("zip");
}

QString sniffOle(const QByteArray &b) {
    // Directory entry names are UTF-16LE; the main stream tells Word from PowerPoint.
    const auto utf16 = [](const char *ascii) {
        QByteArray out;
        for (const char *c = ascii; *c != '\0'; ++c) out.append(*c).append('\0');
        return out;
    };
    if (b.contains(utf16("WordDocument"))) return QStringLiteral("doc");
    if (b.contains(utf16("PowerPoint Document"))) return QStringLiteral("ppt");
    return QStringLiteral("doc");
}

bool plausibleBmp(const QByteArray &b) {
    if (!hasAt(b, 0, "BM") || b.size() < 26) return false;
    const quint32 dataOffset = u32le(b, 10);
    const quint32 dibSize = u32le(b, 14);
    static constexpr quint32 knownDibSizes[] = {12, 40, 52, 56, 64, 108, 124};
    if (std::find(std::begin(knownDibSizes), std::end(knownDibSizes), dibSize) ==
        std::end(knownDibSizes))
        return false;
    if (dataOffset < 14 + dibSize) return false;
    const qsizetype planesAt = dibSize == 12 ? 22 : 26;
    return b.size() < planesAt + 2 || u16le(b, planesAt) == 1;
}

}  // namespace

QString FileSniffer::sniff(const QByteArray &head) {
    if (hasAt(head, 0, "\x89PNG\r\n\x1A\n")) return QStringLiteral("png");
    if (hasAt(head, 0, "\xFF\xD8\xFF")) return QStringLiteral("jpg");
    if (hasAt(head, 0, "%PDF-")) return QStringLiteral("pdf");
    if (hasAt(head, 0, "PK\x03\x04")) return sniffZip(head);
    if (hasAt(head, 0, "PK\x05\x06")) return QStringLiteral("zip");  // an empty archive
    if (hasAt(head, 0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return sniffOle(head);
    if (hasAt(head, 0, "Rar!\x1A\x07")) return QStringLiteral("rar");
    if (hasAt(head, 4, "ftyp") && u32be(head, 0) >= 8) return QStringLiteral("mp4");
    if (plausibleBmp(head)) return QStringLiteral("bmp");
    return {};
}

QString FileSniffer::sniff(QIODevice &device) {
    const qint64 start = device.pos();
    device.seek(0);
    QByteArray bytes = device.read(HeadBytes);
    const qint64 size = device.size();
    QString type = sniff(bytes);
    // Zip keeps its directory at the end, OLE2 often too: look there when the head says nothing.
    if ((type == QLatin1String("zip") || type == QLatin1String("doc")) && size > HeadBytes) {
        device.seek(std::max(HeadBytes, size - HeadBytes));
        bytes.append(device.read(HeadBytes));
        type = sniff(bytes);
    }
    device.seek(start);
    return type;
}

bool FileSniffer::isImage(const QString &type) {
    return type == QLatin1String("png") || type == QLatin1String("jpg") ||
           type == QLatin1String("bmp");
}

}  // namespace dx
