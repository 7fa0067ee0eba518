// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Passphrase.h"

#include <sodium.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace commonplace::crypto {

namespace {

constexpr std::size_t kMaxPassphrase = 4096;

/** Reads up to a line ending or EOF from `fd` into guarded memory. */
Result<SecretBytes> readLine(int fd, const std::string& what)
{
    SecretBytes buffer(kMaxPassphrase + 1);
    std::size_t size = 0;
    while (size <= kMaxPassphrase) {
        char c = 0;
        ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return makeError(std::string("cannot read the passphrase: ") + std::strerror(errno),
                             what);
        if (n == 0 || c == '\n')
            break;
        buffer.data()[size++] = static_cast<std::uint8_t>(c);
    }
    if (size > kMaxPassphrase)
        return makeError("the passphrase is longer than 4096 bytes", what);
    if (size > 0 && buffer.data()[size - 1] == '\r')
        --size;
    return SecretBytes(buffer.data(), size);
}

Result<SecretBytes> fromFile(const std::string& path)
{
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return makeError(std::string("cannot open the passphrase file: ") + std::strerror(errno),
                         path);
    auto line = readLine(fd, path);
    ::close(fd);
    return line;
}

Result<SecretBytes> prompt(int tty, const std::string& text)
{
    std::string shown = text + ": ";
    if (::write(tty, shown.data(), shown.size()) < 0)
        return makeError("cannot write the passphrase prompt to the terminal");
    termios old{};
    bool restore = ::tcgetattr(tty, &old) == 0;
    if (restore) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    auto line = readLine(tty, "terminal");
    if (restore)
        ::tcsetattr(tty, TCSAFLUSH, &old);
    return line;
}

} // namespace

Result<SecretBytes> readPassphrase(const PassphraseRequest& request)
{
    initialize();
    Result<SecretBytes> result = makeError("no passphrase");
    if (!request.file.empty()) {
        result = fromFile(request.file);
    } else if (const char* env = std::getenv(kPassphraseVariable); env && *env) {
        result = SecretBytes(reinterpret_cast<const std::uint8_t*>(env), std::strlen(env));
    } else {
        int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
        if (tty < 0)
            return makeError("a passphrase is needed and there is no terminal to ask on: use "
                             "--passphrase-file FILE or set COMMONPLACE_PASSPHRASE");
        result = prompt(tty, request.prompt);
        if (result && request.confirm) {
            auto again = prompt(tty, "Repeat the passphrase");
            if (!again) {
                result = again.error();
            } else if (again->size() != result->size() ||
                       sodium_memcmp(again->data(), result->data(), result->size()) != 0) {
                result = makeError("the two passphrases differ; nothing was changed");
            }
        }
        ::close(tty);
    }
    if (!result)
        return result;
    if (result->empty())
        return makeError("the passphrase is empty", request.file);
    if (request.confirm && result->size() < request.minimumLength)
        return makeError("the passphrase is shorter than " + std::to_string(request.minimumLength) +
                             " characters",
                         request.file);
    return result;
}

} // namespace commonplace::crypto
