#include "models/store/datadirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sys/stat.h>

namespace dx {

namespace {
class DatadirectoryTr {
    Q_DECLARE_TR_FUNCTIONS(DataDirectory)
};
}  // namespace

Status DataDirectory::prepare(const QString &dir) {
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Internal,
                         DatadirectoryTr::tr("Cannot create the data directory %1").arg(dir));
    if (!QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return makeError(
            ErrorCode::Internal,
            DatadirectoryTr::tr("Cannot make the data directory %1 private to its owner").arg(dir));
    return Ok{};
}

void DataDirectory::restrictNewFiles() {
    ::umask(077);
}

}  // namespace dx
