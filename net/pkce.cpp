// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Gatehouse::Pkce {

namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (int i = 0; i < count; ++i)
        bytes[i] = char(generator->bounded(256));
    return bytes;
}

} // namespace

QByteArray randomToken(int bytes)
{
    return randomBytes(bytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray makeVerifier()
{
    // The RFC's unreserved alphabet; 66 characters, so each one is drawn with bounded() to
    // stay uniform instead of taking a byte modulo the size.
    static constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    constexpr int AlphabetSize = int(sizeof(Alphabet)) - 1;
    constexpr int Length = 64;
    QByteArray verifier(Length, Qt::Uninitialized);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (int i = 0; i < Length; ++i)
        verifier[i] = Alphabet[generator->bounded(AlphabetSize)];
    return verifier;
}

QByteArray challengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace Gatehouse::Pkce
