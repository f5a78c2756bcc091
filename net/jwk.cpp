// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/jwk.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Gatehouse::Jwk {

namespace {

template <auto Free>
struct Deleter
{
    template <typename T>
    void operator()(T *p) const { Free(p); }
};
using Bignum = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ParamBuilder = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM_free>>;
using PkeyContext = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using Pkey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using DigestContext = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using EcdsaSignature = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG_free>>;

constexpr int MinimumRsaBits = 2048;
constexpr int P256CoordinateSize = 32;

Error keyError(const QJsonObject &jwk, const QString &problem)
{
    const QString kid = jwk.value("kid"_L1).toString();
    const QString name = kid.isEmpty() ? u"The identity provider's signing key"_s
                                       : u"The identity provider's signing key \"%1\""_s.arg(kid);
    return makeError(Error::Code::Invalid, name + u' ' + problem + u'.');
}

Result<QByteArray> member(const QJsonObject &jwk, QLatin1StringView name)
{
    bool ok = false;
    const QByteArray value = decodeBase64Url(jwk.value(name).toString().toLatin1(), &ok);
    if (!ok || value.isEmpty())
        return keyError(jwk, u"has no valid \"%1\""_s.arg(name));
    return value;
}

Bignum bignum(const QByteArray &bigEndian)
{
    return Bignum(BN_bin2bn(reinterpret_cast<const unsigned char *>(bigEndian.constData()),
                            int(bigEndian.size()), nullptr));
}

// Builds a public key of `type` ("RSA" or "EC") from OpenSSL parameters.
Pkey fromParams(const char *type, const OSSL_PARAM *params)
{
    PkeyContext context(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!context || EVP_PKEY_fromdata_init(context.get()) <= 0
        || EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, const_cast<OSSL_PARAM *>(params)) <= 0)
        return {};
    return Pkey(key);
}

Result<Pkey> rsaKey(const QJsonObject &jwk)
{
    const Result<QByteArray> n = member(jwk, "n"_L1);
    if (!n)
        return n.error();
    const Result<QByteArray> e = member(jwk, "e"_L1);
    if (!e)
        return e.error();
    const Bignum modulus = bignum(*n);
    const Bignum exponent = bignum(*e);
    ParamBuilder builder(OSSL_PARAM_BLD_new());
    if (!modulus || !exponent || !builder
        || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get())
        || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()))
        return keyError(jwk, u"could not be read"_s);
    const Params params(OSSL_PARAM_BLD_to_param(builder.get()));
    Pkey key = params ? fromParams("RSA", params.get()) : Pkey();
    if (!key)
        return keyError(jwk, u"is not a valid RSA key"_s);
    if (EVP_PKEY_get_bits(key.get()) < MinimumRsaBits)
        return keyError(jwk, u"is an RSA key shorter than %1 bits"_s.arg(MinimumRsaBits));
    return key;
}

Result<Pkey> p256Key(const QJsonObject &jwk)
{
    if (jwk.value("crv"_L1).toString() != u"P-256")
        return keyError(jwk, u"is not on the curve P-256"_s);
    const Result<QByteArray> x = member(jwk, "x"_L1);
    if (!x)
        return x.error();
    const Result<QByteArray> y = member(jwk, "y"_L1);
    if (!y)
        return y.error();
    if (x->size() != P256CoordinateSize || y->size() != P256CoordinateSize)
        return keyError(jwk, u"has coordinates of the wrong length for P-256"_s);
    const QByteArray point = QByteArray(1, '\x04') + *x + *y; // uncompressed (SEC 1)
    ParamBuilder builder(OSSL_PARAM_BLD_new());
    if (!builder
        || !OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, SN_X9_62_prime256v1, 0)
        || !OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                             size_t(point.size())))
        return keyError(jwk, u"could not be read"_s);
    const Params params(OSSL_PARAM_BLD_to_param(builder.get()));
    Pkey key = params ? fromParams("EC", params.get()) : Pkey();
    if (!key)
        return keyError(jwk, u"is not a valid P-256 key"_s);
    const PkeyContext check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1)
        return keyError(jwk, u"is not a point on the curve P-256"_s);
    return key;
}

// JOSE carries an ECDSA signature as r||s (RFC 7518 §3.4); OpenSSL wants DER.
QByteArray joseToDer(const QByteArray &signature)
{
    if (signature.size() != 2 * P256CoordinateSize)
        return {};
    EcdsaSignature ecdsa(ECDSA_SIG_new());
    Bignum r = bignum(signature.left(P256CoordinateSize));
    Bignum s = bignum(signature.mid(P256CoordinateSize));
    if (!ecdsa || !r || !s || ECDSA_SIG_set0(ecdsa.get(), r.get(), s.get()) != 1)
        return {};
    (void)r.release(); // owned by `ecdsa` now
    (void)s.release();
    const int size = i2d_ECDSA_SIG(ecdsa.get(), nullptr);
    if (size <= 0)
        return {};
    QByteArray der(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(ecdsa.get(), &out) != size)
        return {};
    return der;
}

} // namespace

bool isSupportedAlgorithm(const QString &algorithm)
{
    return algorithm == u"RS256" || algorithm == u"PS256" || algorithm == u"ES256";
}

QByteArray decodeBase64Url(const QByteArray &text, bool *ok)
{
    for (const char c : text) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                             || c == '-' || c == '_';
        if (!allowed) {
            *ok = false;
            return {};
        }
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    *ok = bool(decoded);
    return *ok ? *decoded : QByteArray();
}

Result<bool> verifySignature(const QJsonObject &jwk, const QString &algorithm, const QByteArray &signingInput,
                             const QByteArray &signature)
{
    // Failures leave entries in OpenSSL's per-thread error queue; leave it as it was found.
    struct ClearErrors
    {
        ~ClearErrors() { ERR_clear_error(); }
    } clearErrors;
    if (!isSupportedAlgorithm(algorithm))
        return makeError(Error::Code::Invalid, u"The signing algorithm \"%1\" is not accepted."_s.arg(algorithm));
    const QString keyType = jwk.value("kty"_L1).toString();
    const bool elliptic = algorithm == u"ES256";
    if (keyType != (elliptic ? u"EC" : u"RSA"))
        return keyError(jwk, u"is of type \"%1\", which cannot check %2"_s.arg(keyType, algorithm));
    const QString keyAlgorithm = jwk.value("alg"_L1).toString();
    if (!keyAlgorithm.isEmpty() && keyAlgorithm != algorithm)
        return keyError(jwk, u"is meant for %1, not %2"_s.arg(keyAlgorithm, algorithm));
    const QString use = jwk.value("use"_L1).toString();
    if (!use.isEmpty() && use != u"sig")
        return keyError(jwk, u"is not meant for signatures (use \"%1\")"_s.arg(use));

    Result<Pkey> key = elliptic ? p256Key(jwk) : rsaKey(jwk);
    if (!key)
        return key.error();

    const QByteArray der = elliptic ? joseToDer(signature) : signature;
    if (der.isEmpty())
        return false;
    DigestContext digest(EVP_MD_CTX_new());
    EVP_PKEY_CTX *context = nullptr; // owned by `digest`
    if (!digest || EVP_DigestVerifyInit(digest.get(), &context, EVP_sha256(), nullptr, key->get()) != 1)
        return makeError(Error::Code::Invalid, u"The ID token's signature could not be checked."_s);
    if (algorithm == u"PS256") {
        // RFC 7518 §3.5: MGF1 with SHA-256 and a salt as long as the hash.
        if (EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_PSS_PADDING) <= 0
            || EVP_PKEY_CTX_set_rsa_mgf1_md(context, EVP_sha256()) <= 0
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(context, 32) <= 0)
            return makeError(Error::Code::Invalid, u"The ID token's signature could not be checked."_s);
    }
    const int verified = EVP_DigestVerify(digest.get(), reinterpret_cast<const unsigned char *>(der.constData()),
                                          size_t(der.size()),
                                          reinterpret_cast<const unsigned char *>(signingInput.constData()),
                                          size_t(signingInput.size()));
    return verified == 1;
}

} // namespace Gatehouse::Jwk
