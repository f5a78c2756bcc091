// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminsupport.h"
#include "commandline.h"
#include "commands.h"

#include "net/apiserver.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

// "127.0.0.1:8080", "[::1]:8080", "localhost:8080".
bool parseListen(const QString &text, QHostAddress &address, quint16 &port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    port = quint16(number);
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else
        address = QHostAddress(host);
    return !address.isNull();
}

Result<qint64> byteCount(const QString &option, const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 1)
        return makeError(Error::Code::Invalid, u"--%1: \"%2\" is not a positive number of bytes."_s.arg(option, text));
    return value;
}

} // namespace

int runServe(const QStringList &arguments)
{
    CommandLine cl(u"serve"_s,
                   u"serve --db URL --listen HOST:PORT [--tls-cert FILE --tls-key FILE] [--max-body BYTES] "
                   "[--max-bulk-body BYTES]"_s,
                   u"Serves SCIM 2.0 under /scim/v2 (SCIM tokens) and the read API under /api (personal and service "
                   "tokens) until interrupted (SIGINT, SIGTERM). Prints \"Listening on URL\" once ready; logs one "
                   "line per request on standard error (method, path, status, time; never a header or a body). "
                   "Port 0 picks a free port."_s);
    cl.addDatabaseOption();
    cl.parser().addOption(QCommandLineOption(u"listen"_s, u"Address and port, e.g. 127.0.0.1:8080."_s, u"HOST:PORT"_s));
    cl.parser().addOption(QCommandLineOption(u"tls-cert"_s, u"PEM certificate (chain) for HTTPS."_s, u"FILE"_s));
    cl.parser().addOption(QCommandLineOption(u"tls-key"_s, u"PEM private key (unencrypted) for HTTPS."_s, u"FILE"_s));
    cl.parser().addOption(QCommandLineOption(u"max-body"_s, u"Largest request body in bytes (default 1048576)."_s,
                                             u"BYTES"_s));
    cl.parser().addOption(QCommandLineOption(
        u"max-bulk-body"_s, u"Largest /scim/v2/Bulk body in bytes (default 10485760)."_s, u"BYTES"_s));
    if (const auto stop = cl.parse(arguments))
        return *stop;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(cl.parser().positionalArguments().first()));
    if (!cl.parser().isSet(u"listen"_s))
        return cl.usageError(u"Give --listen HOST:PORT, e.g. 127.0.0.1:8080."_s);
    QHostAddress address;
    quint16 port = 0;
    const QString listen = cl.parser().value(u"listen"_s);
    if (!parseListen(listen, address, port))
        return cl.usageError(u"--listen: \"%1\" is not HOST:PORT (e.g. 127.0.0.1:8080)."_s.arg(listen));

    ApiServerOptions options;
    for (const auto &[name, target] : {std::pair{u"max-body"_s, &options.maxBodyBytes},
                                       std::pair{u"max-bulk-body"_s, &options.maxBulkBodyBytes}}) {
        if (!cl.parser().isSet(name))
            continue;
        const Result<qint64> bytes = byteCount(name, cl.parser().value(name));
        if (!bytes)
            return cl.usageError(bytes.error().message);
        *target = *bytes;
    }
    options.tlsCertificateFile = cl.parser().value(u"tls-cert"_s);
    options.tlsKeyFile = cl.parser().value(u"tls-key"_s);
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty())
        return cl.usageError(u"Give both --tls-cert and --tls-key, or neither."_s);

    Result<std::unique_ptr<Repository>> repository = openDatabase(cl.databaseUrl(), OpenMode::ExistingOnly);
    if (!repository)
        return fail(repository.error());
    ApiServer server(std::move(repository).value(), options);
    QObject::connect(&server, &ApiServer::requestHandled,
                     [](const QString &method, const QString &path, int status, double ms) {
                         const QByteArray line = u"%1 %2 %3 %4 ms\n"_s.arg(method, path).arg(status).arg(ms, 0, 'f', 1).toUtf8();
                         std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
                         std::fflush(stderr);
                     });
    const Result<quint16> bound = server.listen(address, port);
    if (!bound)
        return fail(bound.error());

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        printError(u"Cannot set up signal handling."_s);
        return ExitError;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);

    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                             : address.toString();
    printOut(u"Listening on %1://%2:%3\n"_s.arg(server.isTls() ? u"https"_s : u"http"_s, host).arg(*bound));
    std::fflush(stdout);
    QCoreApplication::exec();
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    return ExitOk;
}

} // namespace Gatehouse::Ctl
