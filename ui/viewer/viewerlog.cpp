#include "ui/viewer/viewerlog.h"

Q_LOGGING_CATEGORY(lcViewer, "dx.viewer")
