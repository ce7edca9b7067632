#ifndef SESAME_CCRYPTO_H
#define SESAME_CCRYPTO_H
#include <stdbool.h>
#include <stddef.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

/* OpenSSL's libcrypto, loaded with dlopen the first time a digest or a signature is needed
   (CryptoLibrary.c), not at process start: validate, render, lint, schema and --help never map
   it, or relocate its 17,000 symbols. sesame is not linked with -lcrypto, so calling one of the
   headers' functions directly fails to link: call it through sesame_libcrypto().

   To use another function, add its name to SESAME_LIBCRYPTO_FUNCTIONS; the field then has the
   type of the header's own prototype. */
#define SESAME_LIBCRYPTO_FUNCTIONS(X)  \
    X(OPENSSL_init_crypto)             \
    X(EVP_sha256)                      \
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

/** The loaded functions (libcrypto.so.3 is opened once per process, thread-safely, and told
    not to register its atexit clean-up: OPENSSL_INIT_NO_ATEXIT). When the library or one of
    the functions cannot be loaded, prints the reason the way the dynamic loader does for a
    missing library at start-up, and exits with its status, 127. */
const struct sesame_libcrypto_functions *_Nonnull sesame_libcrypto(void);

/** Loads the library as sesame_libcrypto() does, but reports nothing: true when it loaded, false
    when it (or a function) could not be. For a thread that warms it while the arguments are
    parsed: a missing or broken library is still reported, and the process still ends, at the
    first sesame_libcrypto() call, as without the warm-up. */
bool sesame_libcrypto_preload(void);

/** Loads OpenSSL's error strings (about 4,200 hash-table inserts, 1 M instructions), after the
    library as sesame_libcrypto_preload() does, reporting nothing. libcurl's curl_global_init
    loads them too (the first error state of a thread does, to word TLS failures): loaded
    beforehand by a thread that has time for it, while another loads libcurl, they are there
    when curl_global_init comes, which then does not load them again (once per process). */
void sesame_libcrypto_preload_error_strings(void);

/* The digests below use OpenSSL's own SHA-1 and SHA-256 block functions directly
   (SHA256_Init/Update/Final), not EVP: an EVP digest's first use reads openssl.cnf and builds
   the default provider's algorithm tables, 5 M instructions, more than all of signing. */

/** The SHA-256 digest of `length` bytes at `data` into `digest` (32 bytes). */
void sesame_sha256(const void *_Nullable data, size_t length, unsigned char *_Nonnull digest);

/** The SHA-1 digest of `length` bytes at `data` into `digest` (20 bytes). */
void sesame_sha1(const void *_Nullable data, size_t length, unsigned char *_Nonnull digest);

/** HMAC-SHA256 (RFC 2104) of `length` bytes at `data` under the key, into `mac` (32 bytes). */
void sesame_hmac_sha256(const void *_Nullable key, size_t keyLength, const void *_Nullable data, size_t length,
                        unsigned char *_Nonnull mac);

#endif
