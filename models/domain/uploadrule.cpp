#include "models/domain/uploadrule.h"

#include <QBuffer>
#include <QImageReader>
#include <QLocale>

#include "models/domain/filesniffer.h"

namespace dx {

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;

QString canonicalType(const QString &type) {
    const QString t = type.trimmed().toLower();
    return t == QLatin1String("jpeg") ? QStringLiteral("jpg") : t;
}

bool isOle(const QString &type) {
    return type == QLatin1String("doc") || type == QLatin1String("ppt");
}

UploadRule rule(const char *purpose, std::initializer_list<const char *> types, qint64 maxBytes,
                QSize minImage = {}, int maxFiles = 1) {
    UploadRule r;
    r.purpose = QString::fromLatin1(purpose);
    for (const char *t : types) r.types.append(QString::fromLatin1(t));
    r.maxBytes = maxBytes;
    r.minImage = minImage;
    r.maxFiles = maxFiles;
    return r;
}

// The seeds' rules (the seed manuals' document rules); the 10-file cap on general redemption
// materials is ours, the seed asks for several documents without a number.
const QList<UploadRule> &rules() {
    static const QList<UploadRule> all = {
        rule("license", {"jpg", "png"}, 10 * MiB, QSize(400, 200)),
        rule("id_front", {"jpg", "png"}, 10 * MiB, QSize(400, 200)),
        rule("id_back", {"jpg", "png"}, 10 * MiB, QSize(400, 200)),
        rule("listing_image", {"jpg", "png", "bmp"}, 2 * MiB),
        rule("case_document",
             {"pdf", "png", "jpg", "doc", "docx", "zip", "mp4", "ppt", "pptx", "bmp"}, 100 * MiB),
        rule("payment_proof", {"png", "jpg", "bmp", "pdf"}, 10 * MiB, {}, 3),
        rule("redemption_diagnosis", {"zip", "rar"}, 10 * MiB),
        rule("redemption_general", {"jpg", "png", "pdf", "docx"}, 10 * MiB, {}, 10),
        rule("expert_photo", {"jpg", "png"}, 2048 * KiB),
        rule("contract", {"pdf"}, 20 * MiB),
    };
    return all;
}

// A size for people, rounded up so that a file just over a limit never reads as the limit.
QString formatSize(qint64 bytes) {
    const QLocale locale;
    const auto inUnit = [&](qint64 unit) {
        const qint64 tenths = (bytes * 10 + unit - 1) / unit;
        QString text = locale.toString(tenths / 10);
        if (tenths % 10 != 0) text += locale.decimalPoint() + locale.toString(tenths % 10);
        return text;
    };
    if (bytes < KiB) return UploadRule::tr("%1 bytes").arg(locale.toString(bytes));
    if (bytes < MiB) return UploadRule::tr("%1 KB").arg(inUnit(KiB));
    return UploadRule::tr("%1 MB").arg(inUnit(MiB));
}

Error fileError(const char *code, const QString &message, const QString &fileName,
                const QString &field) {
    const QString text =
        fileName.isEmpty() ? message : UploadRule::tr("“%1”: %2").arg(fileName, message);
    return makeError(code, text, field);
}

}  // namespace

std::optional<UploadRule> UploadRule::forPurpose(const QString &purpose) {
    for (const UploadRule &r : rules())
        if (r.purpose == purpose) return r;
    return std::nullopt;
}

QStringList UploadRule::purposes() {
    QStringList out;
    for (const UploadRule &r : rules()) out.append(r.purpose);
    return out;
}

bool UploadRule::allows(const QString &type) const {
    const QString wanted = canonicalType(type);
    if (wanted.isEmpty()) return false;
    for (const QString &t : types) {
        const QString allowed = canonicalType(t);
        if (allowed == wanted || (isOle(allowed) && isOle(wanted))) return true;
    }
    return false;
}

Status UploadRule::check(QIODevice &file, const QString &fileName, const QString &field) const {
    if (!file.isReadable())
        return fileError(ErrorCode::Invalid, tr("The file could not be read."), fileName, field);
    if (file.isSequential()) return check(file.readAll(), fileName, field);

    const qint64 size = file.size();
    if (size <= 0) return fileError(ErrorCode::Invalid, tr("The file is empty."), fileName, field);
    if (maxBytes > 0 && size > maxBytes) {
        Error e = fileError(ErrorCode::FileTooLarge,
                            tr("The file is %1; at most %2 is allowed.")
                                .arg(formatSize(size), formatSize(maxBytes)),
                            fileName, field);
        e.details = {{QStringLiteral("size"), size}, {QStringLiteral("max_bytes"), maxBytes}};
        return e;
    }

    QStringList allowed;
    for (const QString &t : types)
        if (!allowed.contains(canonicalType(t))) allowed.append(canonicalType(t));
    const QString allowedText = allowed.join(QStringLiteral(", "));
    const QString type = FileSniffer::sniff(file);
    if (type.isEmpty()) {
        return fileError(ErrorCode::FileType,
                         tr("The file type is not recognised; allowed types: %1.").arg(allowedText),
                         fileName, field);
    }
    if (!allows(type)) {
        Error e = fileError(ErrorCode::FileType,
                            tr("The file is of type %1; allowed types: %2.").arg(type, allowedText),
                            fileName, field);
        e.details = {{QStringLiteral("type"), type}};
        return e;
    }

    if (FileSniffer::isImage(type)) {
        const qint64 start = file.pos();
        file.seek(0);
        QImageReader reader(&file,
                            type == QLatin1String("jpg") ? QByteArray("jpeg") : type.toLatin1());
        const QSize imageSize = reader.size();  // from the header; the pixels are not decoded
        file.seek(start);
        if (!imageSize.isValid() || imageSize.isEmpty()) {
            return fileError(ErrorCode::Invalid,
                             tr("The image could not be read; it may be damaged or incomplete."),
                             fileName, field);
        }
        if (minImage.isValid() &&
            (imageSize.width() < minImage.width() || imageSize.height() < minImage.height())) {
            Error e = fileError(ErrorCode::ImageTooSmall,
                                tr("The image is %1×%2 px; at least %3×%4 px is required.")
                                    .arg(imageSize.width())
                                    .arg(imageSize.height())
                                    .arg(minImage.width())
                                    .arg(minImage.height()),
                                fileName, field);
            e.details = {{QStringLiteral("width"), imageSize.width()},
                         {QStringLiteral("height"), imageSize.height()}};
            return e;
        }
    }
    return Ok{};
}

Status UploadRule::check(const QByteArray &bytes, const QString &fileName,
                         const QString &field) const {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return check(buffer, fileName, field);
}

Status UploadRule::checkCount(int files, const QString &field) const {
    if (files > maxFiles) {
        return makeError(
            ErrorCode::OutOfRange,
            tr("At most %1 files may be attached here; %2 were given.").arg(maxFiles).arg(files),
            field);
    }
    return Ok{};
}

}  // namespace dx
