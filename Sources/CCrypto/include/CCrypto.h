#ifndef SESAME_CCRYPTO_H
#define SESAME_CCRYPTO_H
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

/* OpenSSL's libcrypto, loaded with dlopen the first time a digest or a signature is needed
   (CryptoLibrary.c), not at process start: validate, render, lint, schema and --help never map
   it, or relocate its 17,000 symbols. sesame is not linked with -lcrypto, so calling one of the
   headers' functions directly fails to link: call it through sesame_libcrypto().

   To use another function, add its name to SESAME_LIBCRYPTO_FUNCTIONS; the field then has the
   type of the header's own prototype. */
#define SESAME_LIBCRYPTO_FUNCTIONS(X)  \
    X(EVP_Digest)                      \
    X(EVP_sha1)                        \
    X(EVP_sha256)                      \
    X(HMAC)                            \
    X(d2i_AutoPrivateKey)              \
    X(EVP_PKEY_get_base_id)            \
    X(EVP_PKEY_get_utf8_string_param)  \
    X(EVP_PKEY_get_octet_string_param) \
    X(EVP_PKEY_free)                   \
    X(EVP_MD_CTX_new)                  \
    X(EVP_MD_CTX_free)                 \
    X(EVP_DigestSignInit)              \
    X(EVP_DigestSign)

/** libcrypto's functions that sesame calls, each named and typed as in OpenSSL's headers. */
struct sesame_libcrypto_functions {
#define SESAME_LIBCRYPTO_FIELD(name) __typeof__(&name) _Nonnull name;
    SESAME_LIBCRYPTO_FUNCTIONS(SESAME_LIBCRYPTO_FIELD)
#undef SESAME_LIBCRYPTO_FIELD
};

/** The loaded functions (libcrypto.so.3 is opened once per process, thread-safely). When the
    library or one of the functions cannot be loaded, prints the reason the way the dynamic
    loader does for a missing library at start-up, and exits with its status, 127. */
const struct sesame_libcrypto_functions *_Nonnull sesame_libcrypto(void);

#endif
