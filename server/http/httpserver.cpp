#include "server/http/httpserver.h"

#include "server/http/byterange.h"

#include <httplib.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <atomic>
#include <exception>
#include <regex>
#include <string>
#include <vector>

#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

namespace dx::http {

namespace {

// Access lines are debug: enable with QT_LOGGING_RULES="dx.http.debug=true".
Q_LOGGING_CATEGORY(lcHttp, "dx.http", QtInfoMsg)

// stop() may run in a signal handler, so the state it touches must not hide a lock.
static_assert(std::atomic<int>::is_always_lock_free && std::atomic<bool>::is_always_lock_free);

// cpp-httplib's own routing only picks the handler family; ours does method + regex.
const std::string kAnyPath = "[\\s\\S]*";
constexpr qint64 kFileChunkBytes = 64 * 1024;

QByteArray toBytes(const std::string &s) {
    return QByteArray(s.data(), qsizetype(s.size()));
}

std::string toStd(const QByteArray &b) {
    return std::string(b.constData(), size_t(b.size()));
}

QByteArray jsonString(const QString &s) {
    // Let QJsonDocument do the escaping, then drop the brackets of the one-element array.
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

struct TransportError {
    int status;
    const char *code;
    const char *message;
};

// Statuses cpp-httplib produces by itself (before or instead of a route) and how we name them.
constexpr TransportError kTransportErrors[] = {
    {400, "bad_request", "Malformed HTTP request"},
    {404, "not_found", "No such resource"},
    {405, "method_not_allowed", "Method not allowed on this resource"},
    {411, "length_required", "Content-Length required"},
    {413, "payload_too_large", "Request body too large"},
    {414, "uri_too_long", "Request URI too long"},
    {415, "unsupported_media_type", "Unsupported media type"},
    {416, "range_not_satisfiable", "Requested range not satisfiable"},
    {417, "expectation_failed", "Expectation failed"},
    {500, "internal", "Internal server error"},
};

Response transportError(int status) {
    for (const TransportError &e : kTransportErrors) {
        if (e.status == status) {
            return Response::error(status, QString::fromLatin1(e.code),
                                   QString::fromLatin1(e.message));
        }
    }
    return Response::error(status, QStringLiteral("http_") + QString::number(status),
                           QStringLiteral("HTTP error ") + QString::number(status));
}

void setBody(httplib::Response &res, const Response &r) {
    res.status = r.status;
    res.set_content(r.body.constData(), size_t(r.body.size()), toStd(r.contentType));
}

// Methods cpp-httplib dispatches to registered handlers; the rest (TRACE, CONNECT, PRI) it
// would answer 400 itself, so the pre-routing hook routes them to answer 404/405 like any other.
bool httplibDispatches(const std::string &method) {
    return method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "POST" ||
           method == "PUT" || method == "PATCH" || method == "DELETE";
}

// cpp-httplib stores the peer address as pseudo-headers; a client must not be able to fake them.
bool isPseudoHeader(const std::string &name) {
    for (const char *pseudo : {"REMOTE_ADDR", "REMOTE_PORT", "LOCAL_ADDR", "LOCAL_PORT"}) {
        if (strcasecmp(name.c_str(), pseudo) == 0) return true;
    }
    return false;
}

// cpp-httplib applies any Range header to every response, unclamped (bytes=0-999999 on a short
// body yields a bogus Content-Range). We honour Range ourselves, for files only, so we clear the
// parsed ranges. The Request is a non-const local of Server::process_request, hence no UB.
void forgetRanges(const httplib::Request &req) {
    const_cast<httplib::Request &>(req).ranges.clear();
}

}  // namespace

Response Response::json(int status, const QJsonObject &object) {
    Response r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::error(int status, const QString &code, const QString &message,
                         const QString &field) {
    // Built by hand: QJsonObject sorts keys, and clients read the documented order.
    Response r;
    r.status = status;
    r.body = "{\"error\":{\"code\":" + jsonString(code) + ",\"message\":" + jsonString(message) +
             ",\"field\":" + jsonString(field) + "}}";
    return r;
}

struct Route {
    QByteArray method;
    std::regex pattern;
    Handler handler;
};

struct Server::Impl {
    explicit Impl(Options o) : options(std::move(o)) {}

    void install();
    Response dispatch(Request &request) const;
    void serve(const httplib::Request &req, httplib::Response &res, QByteArray body) const;
    void serveWithBody(const httplib::Request &req, httplib::Response &res,
                       const httplib::ContentReader &reader) const;
    void writeFile(const Response &r, const QByteArray &contentType, const httplib::Request &req,
                   httplib::Response &res) const;

    Options options;
    std::vector<Route> routes;
    std::unique_ptr<httplib::Server> server;
    QString error;
    int boundFd = -1;               // for the destructor when run() never took ownership
    std::atomic<int> listenFd{-1};  // for stop(); -1 once nobody may touch it
    std::atomic<bool> stopRequested{false};
    std::atomic<bool> ran{false};
};

void Server::Impl::install() {
    httplib::Server &s = *server;

    // Without TCP_NODELAY, Nagle meets delayed ACKs: ~180 req/s instead of ~30k.
    s.set_tcp_nodelay(true);
    s.set_socket_options([this](int fd) {
        // SO_REUSEADDR (restart over TIME_WAIT) but not httplib's default SO_REUSEPORT, which
        // would let a second dxserver silently share the port.
        const int yes = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
        boundFd = fd;
        listenFd = fd;
    });
    // Each worker owns one connection for its keep-alive lifetime, so keepAliveTimeoutSec is
    // how long an idle client can hold one of the `threads` workers.
    const size_t threads = size_t(std::max(1, options.threads));
    s.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    s.set_read_timeout(options.readTimeoutSec);
    s.set_write_timeout(options.writeTimeoutSec);
    s.set_keep_alive_timeout(options.keepAliveTimeoutSec);
    s.set_keep_alive_max_count(size_t(std::max(1, options.keepAliveMaxCount)));
    // A Content-Length above the limit is drained in 4 KB reads and discarded, never buffered,
    // then answered 413 (through the error handler below).
    s.set_payload_max_length(options.maxBodyBytes);
    // A header line over CPPHTTPLIB_HEADER_MAX_LENGTH (8 KB) or a request line over 8 KB gets
    // 400 bad_request / 414 uri_too_long as JSON; the rest of that request is never parsed and
    // the connection is closed after the keep-alive timeout (measured with 20 KB and 4 MB lines).
    // cpp-httplib 0.11 also drops pipelined requests: clients must wait for each response.

    s.set_expect_100_continue_handler([this](const httplib::Request &req, httplib::Response &res) {
        // A client that asks first is told 413 before it sends an oversized body at all.
        if (req.has_header("Content-Length") &&
            req.get_header_value<uint64_t>("Content-Length") > options.maxBodyBytes) {
            setBody(res, transportError(413));
            return 413;
        }
        return 100;
    });

    s.set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
        forgetRanges(req);
        if (httplibDispatches(req.method)) return httplib::Server::HandlerResponse::Unhandled;
        serve(req, res, {});  // such methods carry no body we would read
        return httplib::Server::HandlerResponse::Handled;
    });

    // GET bodies are never read by cpp-httplib; HEAD arrives here too.
    const httplib::Server::Handler plain = [this](const httplib::Request &req,
                                                  httplib::Response &res) { serve(req, res, {}); };
    s.Get(kAnyPath, plain);
    s.Options(kAnyPath, plain);
    // Reading bodies ourselves bounds chunked and compressed bodies too, which the
    // payload limit of cpp-httplib 0.11 does not.
    const httplib::Server::HandlerWithContentReader withBody =
        [this](const httplib::Request &req, httplib::Response &res,
               const httplib::ContentReader &reader) { serveWithBody(req, res, reader); };
    s.Post(kAnyPath, withBody);
    s.Put(kAnyPath, withBody);
    s.Patch(kAnyPath, withBody);
    s.Delete(kAnyPath, withBody);

    // Gives every status cpp-httplib produces on its own (400, 413, 414, 416, …) our JSON error
    // body. Responses that already have a body (ours) pass through untouched.
    s.set_error_handler(httplib::Server::HandlerWithResponse(
        [](const httplib::Request &req, httplib::Response &res) {
            forgetRanges(req);  // parse failures skip the pre-routing hook
            if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
            setBody(res, transportError(res.status));
            return httplib::Server::HandlerResponse::Handled;
        }));

    // Handlers are already wrapped in dispatch(); this catches what escapes cpp-httplib's own
    // routing (a body decoder, an allocation).
    s.set_exception_handler(
        [](const httplib::Request &req, httplib::Response &res, std::exception_ptr ep) {
            QByteArray what = "unknown exception";
            try {
                std::rethrow_exception(ep);
            } catch (const std::exception &e) {
                what = e.what();
            } catch (...) {
            }
            qCWarning(lcHttp).noquote() << "exception in transport on" << toBytes(req.method)
                                        << toBytes(req.path) << ':' << what;
            res.headers.clear();
            setBody(res, transportError(500));
        });

    s.set_logger([](const httplib::Request &req, const httplib::Response &res) {
        qCDebug(lcHttp).noquote() << toBytes(req.remote_addr) << toBytes(req.method)
                                  << toBytes(req.path) << res.status;
    });
}

Response Server::Impl::dispatch(Request &request) const {
    const std::string path = toStd(request.path);
    const Route *chosen = nullptr;
    const Route *getFallback = nullptr;
    std::smatch chosenMatch;
    std::smatch getMatch;
    QByteArrayList allowed;

    for (const Route &route : routes) {
        std::smatch m;
        if (!std::regex_match(path, m, route.pattern)) continue;
        if (!allowed.contains(route.method)) allowed << route.method;
        if (!chosen && route.method == request.method) {
            chosen = &route;
            chosenMatch = m;
        } else if (!getFallback && request.method == "HEAD" && route.method == "GET") {
            getFallback = &route;
            getMatch = m;
        }
    }
    if (!chosen && getFallback) {  // the body is dropped by cpp-httplib for HEAD
        chosen = getFallback;
        chosenMatch = getMatch;
    }

    if (!chosen) {
        if (allowed.isEmpty()) return transportError(404);
        if (allowed.contains("GET") && !allowed.contains("HEAD")) allowed << "HEAD";
        Response r = transportError(405);
        r.headers.emplaceBack("Allow", allowed.join(", "));
        return r;
    }

    for (size_t i = 1; i < chosenMatch.size(); ++i)
        request.pathArgs << QString::fromStdString(chosenMatch.str(i));

    try {
        return chosen->handler(request);
    } catch (const std::exception &e) {
        qCWarning(lcHttp).noquote()
            << "handler for" << request.method << request.path << "threw:" << e.what();
    } catch (...) {
        qCWarning(lcHttp).noquote()
            << "handler for" << request.method << request.path << "threw a non-std exception";
    }
    return transportError(500);
}

void Server::Impl::serve(const httplib::Request &req, httplib::Response &res,
                         QByteArray body) const {
    Request request;
    request.method = toBytes(req.method);
    request.path = toBytes(req.path);
    request.body = std::move(body);
    request.remoteAddr = QString::fromStdString(req.remote_addr);
    for (const auto &[key, value] : req.params)  // a multimap in arrival order: the last one wins
        request.query.insert(QString::fromStdString(key), QString::fromStdString(value));
    for (const auto &[key, value] : req.headers) {
        if (isPseudoHeader(key)) continue;
        const QByteArray name = toBytes(key).toLower();
        auto it = request.headers.find(name);
        if (it == request.headers.end())
            request.headers.insert(name, toBytes(value));
        else
            it.value() += ", " + toBytes(value);  // repeated headers fold as in RFC 9110 §5.3
    }

    const Response r = dispatch(request);

    res.status = r.status;
    QByteArray contentType = r.contentType;
    for (const auto &[name, value] : r.headers) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            contentType = value;
        else if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)  // httplib sets it
            res.set_header(toStd(name), toStd(value));
    }
    if (!r.filePath.isEmpty()) {
        writeFile(r, contentType, req, res);
        return;
    }
    if (req.method == "HEAD")  // cpp-httplib would advertise "bytes" on every HEAD
        res.set_header("Accept-Ranges", "none");
    res.set_content(r.body.constData(), size_t(r.body.size()), toStd(contentType));
}

void Server::Impl::serveWithBody(const httplib::Request &req, httplib::Response &res,
                                 const httplib::ContentReader &reader) const {
    const size_t limit = options.maxBodyBytes;
    QByteArray body;
    size_t received = 0;
    bool tooLarge = false;
    const auto receive = [&](const char *data, size_t length) {
        received += length;
        if (received > limit) {
            // Keep reading so the connection stays in step with the client, but discard:
            // the read timeout still drops a client that stalls.
            tooLarge = true;
            body = QByteArray();
            return true;
        }
        body.append(data, qsizetype(length));
        return true;
    };

    bool ok;
    const bool multipart = req.is_multipart_form_data();
    if (multipart) {
        // Routes take raw bodies; drain the parts so the connection survives, then refuse.
        ok = reader([](const httplib::MultipartFormData &) { return true; }, receive);
    } else {
        ok = reader(receive);
    }

    if (tooLarge || res.status == 413) {  // 413: Content-Length over the limit, already drained
        setBody(res, transportError(413));
    } else if (!ok) {
        qCDebug(lcHttp) << "unreadable request body from" << toBytes(req.remote_addr);
        setBody(res, transportError(400));
    } else if (multipart) {
        setBody(res, transportError(415));
    } else {
        serve(req, res, std::move(body));
    }
}

void Server::Impl::writeFile(const Response &r, const QByteArray &contentType,
                             const httplib::Request &req, httplib::Response &res) const {
    auto file = std::make_shared<QFile>(r.filePath);
    if (!file->open(QIODevice::ReadOnly)) {
        qCWarning(lcHttp) << "cannot open" << r.filePath << "for" << toBytes(req.path) << ':'
                          << file->errorString();
        res.headers.clear();
        setBody(res, transportError(404));
        return;
    }
    const qint64 size = file->size();
    qint64 first = 0;
    qint64 length = size;
    res.set_header("Accept-Ranges", "bytes");
    if (r.status == 200 && req.has_header("Range")) {
        const ByteRange range = ByteRange::parse(toBytes(req.get_header_value("Range")), size);
        if (range.kind == ByteRange::Kind::Unsatisfiable) {
            res.set_header("Content-Range", toStd(range.contentRange(size)));
            setBody(res, transportError(416));
            return;
        }
        if (range.kind == ByteRange::Kind::Satisfiable) {
            res.status = 206;
            res.set_header("Content-Range", toStd(range.contentRange(size)));
            first = range.first;
            length = range.length();
        }
    }
    if (length == 0) {  // set_content_provider() requires a positive length
        res.set_content(std::string(), toStd(contentType));
        return;
    }
    // Streams in bounded chunks: a large file never sits in memory. cpp-httplib calls this until
    // `length` bytes went out, with `offset` relative to the start of our range.
    res.set_content_provider(
        size_t(length), toStd(contentType),
        [file, first](size_t offset, size_t remaining, httplib::DataSink &sink) {
            if (!file->seek(first + qint64(offset))) return false;
            const QByteArray chunk =
                file->read(std::min<qint64>(qint64(remaining), kFileChunkBytes));
            if (chunk.isEmpty())
                return false;  // the file shrank: abort rather than send short content
            return sink.write(chunk.constData(), size_t(chunk.size()));
        });
}

Server::Server(Options options) : d(std::make_unique<Impl>(std::move(options))) {
    const Options &o = d->options;
    if (!o.tlsCertFile.isEmpty() && !o.tlsKeyFile.isEmpty()) {
        const QByteArray cert = QFile::encodeName(o.tlsCertFile);
        const QByteArray key = QFile::encodeName(o.tlsKeyFile);
        const QByteArray ca = QFile::encodeName(o.tlsClientCaFile);
        // With a CA file, cpp-httplib requires and verifies a client certificate.
        d->server = std::make_unique<httplib::SSLServer>(cert.constData(), key.constData(),
                                                         ca.isEmpty() ? nullptr : ca.constData());
    } else {
        d->server = std::make_unique<httplib::Server>();
    }
    d->install();
}

Server::~Server() {
    d->stopRequested = true;
    // cpp-httplib closes the listening socket only at the end of its accept loop.
    if (!d->ran && d->boundFd >= 0) ::close(d->boundFd);
}

void Server::route(const QByteArray &method, const QByteArray &pattern, Handler handler) {
    try {
        d->routes.push_back({method.toUpper(), std::regex(toStd(pattern)), std::move(handler)});
    } catch (const std::regex_error &e) {
        qCCritical(lcHttp).noquote() << "invalid route pattern" << pattern << ':' << e.what();
    }
}

int Server::bind() {
    const Options &o = d->options;
    if (!d->server->is_valid()) {
        d->error = QStringLiteral("cannot load the TLS certificate, key or client CA (%1, %2, %3)")
                       .arg(o.tlsCertFile, o.tlsKeyFile, o.tlsClientCaFile);
        qCWarning(lcHttp).noquote() << d->error;
        return -1;
    }
    const std::string host = o.host.toStdString();
    errno = 0;
    int port = -1;
    if (o.port == 0)
        port = d->server->bind_to_any_port(host);
    else if (d->server->bind_to_port(host, o.port))
        port = o.port;
    if (port <= 0) {
        d->error = QStringLiteral("cannot listen on %1:%2: %3")
                       .arg(o.host, QString::number(o.port), qt_error_string(errno));
        qCWarning(lcHttp).noquote() << d->error;
        return -1;
    }
    qCInfo(lcHttp).noquote() << "bound" << o.host << port
                             << (o.tlsCertFile.isEmpty() ? "(http)" : "(https)");
    return port;
}

void Server::run() {
    if (d->boundFd < 0) {
        d->error = QStringLiteral("run() called before a successful bind()");
        qCWarning(lcHttp).noquote() << d->error;
        return;
    }
    d->ran = true;
    const bool ok = d->server->listen_after_bind();
    if (!ok && !d->stopRequested)
        qCWarning(lcHttp) << "accept loop ended with an error:" << qt_error_string(errno);
    d->listenFd = -1;
}

// Async-signal-safe and callable from any thread, before or during run(): only lock-free
// atomics and shutdown(2)/close(2); no locks, allocation or logging. Shutting the listening
// socket down ourselves also covers a stop() that lands before run() reached accept().
// New connections are refused at once; run() returns when the open ones end, which takes at
// most readTimeoutSec + keepAliveTimeoutSec for an idle or stalled client (measured: 2.9 s
// with 1 s + 1 s), plus whatever a running handler needs.
void Server::stop() {
    if (d->stopRequested.exchange(true)) return;
    const int fd = d->listenFd.exchange(-1);
    if (fd >= 0) ::shutdown(fd, SHUT_RDWR);
    d->server->stop();
}

QString Server::errorString() const {
    return d->error;
}

}  // namespace dx::http
