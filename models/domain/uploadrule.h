#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QStringList>
#include <optional>

#include "models/core/result.h"

class QIODevice;

namespace dx {

/// What an upload for one purpose may be: types (by content), size, image resolution, file count.
struct UploadRule {
    Q_DECLARE_TR_FUNCTIONS(UploadRule)

public:
    QString purpose;
    QStringList types;  ///< canonical FileSniffer types; "jpeg" is read as "jpg"
    qint64 maxBytes = 0;
    QSize minImage;  ///< minimum width and height for image types; invalid when none
    int maxFiles = 1;

    /// The rule for a purpose (license, id_front, id_back, listing_image, case_document,
    /// payment_proof, redemption_diagnosis, redemption_general, expert_photo, contract).
    static std::optional<UploadRule> forPurpose(const QString &purpose);
    /// Every purpose forPurpose() knows.
    static QStringList purposes();

    /// Whether a sniffed type is allowed; doc and ppt are one OLE2 family (see FileSniffer).
    bool allows(const QString &type) const;

    /// Checks a file's size (from the device), type (from its bytes, never from `fileName`, which
    /// only names the file in messages) and, for images, resolution from the image header.
    /// Errors: invalid (empty or unreadable), file_too_large, file_type, image_too_small.
    Status check(QIODevice &file, const QString &fileName = {}, const QString &field = {}) const;
    /// check() on bytes in memory.
    Status check(const QByteArray &bytes, const QString &fileName = {},
                 const QString &field = {}) const;
    /// Checks how many files are attached for this purpose (out_of_range above maxFiles).
    Status checkCount(int files, const QString &field = {}) const;
};

}  // namespace dx
