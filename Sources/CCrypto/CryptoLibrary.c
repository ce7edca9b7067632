/* Declares the SHA-1/SHA-256 block functions without OpenSSL 3's deprecation attributes: they
   stay exported by libcrypto.so.3 and, unlike EVP, need no provider (see CCrypto.h). */
#define OPENSSL_SUPPRESS_DEPRECATED
#include "CCrypto.h"

#include <dlfcn.h>
#include <limits.h>
#include <openssl/sha.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The soname of OpenSSL 3's libcrypto, whose headers sesame is compiled against. */
static const char soname[] = "libcrypto.so.3";

/* Used only inside this file, behind sesame_sha256, sesame_sha1 and sesame_hmac_sha256. */
#define SESAME_LIBCRYPTO_DIGEST_FUNCTIONS(X) \
    X(SHA256_Init)                           \
    X(SHA256_Update)                         \
    X(SHA256_Final)                          \
    X(SHA1_Init)                             \
    X(SHA1_Update)                           \
    X(SHA1_Final)

static struct sesame_libcrypto_functions functions;
static struct {
#define SESAME_LIBCRYPTO_FIELD(name) __typeof__(&name) name;
    SESAME_LIBCRYPTO_DIGEST_FUNCTIONS(SESAME_LIBCRYPTO_FIELD)
#undef SESAME_LIBCRYPTO_FIELD
} digests;
static pthread_once_t loaded = PTHREAD_ONCE_INIT;

/* Why the library could not be loaded (empty: it was). load() only records it: it is reported
   by the first sesame_libcrypto() call, not by sesame_libcrypto_preload() on a warm-up thread. */
static char failure[PATH_MAX + 256];

static void record(const char *reason) {
    snprintf(failure, sizeof failure, "%s", reason);
}

static void load(void) {
    /* RTLD_LAZY: binds each function on its first call, as the dynamic loader does at start-up. */
    void *handle = dlopen(soname, RTLD_LAZY | RTLD_LOCAL);
    if (handle == NULL) {
        record(dlerror());
        return;
    }
#define SESAME_LIBCRYPTO_LOAD(table, name)                                                    \
    table.name = (__typeof__(&name))dlsym(handle, #name);                                    \
    if (table.name == NULL) {                                                                 \
        snprintf(failure, sizeof failure, "%s: undefined symbol: %s", soname, #name);         \
        return;                                                                               \
    }
#define SESAME_LIBCRYPTO_LOAD_FUNCTION(name) SESAME_LIBCRYPTO_LOAD(functions, name)
#define SESAME_LIBCRYPTO_LOAD_DIGEST(name) SESAME_LIBCRYPTO_LOAD(digests, name)
    SESAME_LIBCRYPTO_FUNCTIONS(SESAME_LIBCRYPTO_LOAD_FUNCTION)
    SESAME_LIBCRYPTO_DIGEST_FUNCTIONS(SESAME_LIBCRYPTO_LOAD_DIGEST)
#undef SESAME_LIBCRYPTO_LOAD_DIGEST
#undef SESAME_LIBCRYPTO_LOAD_FUNCTION
#undef SESAME_LIBCRYPTO_LOAD
    /* The first initialisation decides; libcurl's own (curl_global_init) comes later, as
       CurlLibrary loads libcrypto first. Without an atexit handler, exit does not spend
       0.8 M instructions freeing OpenSSL's tables, and cannot free them under a thread
       that is still using them. */
    if (functions.OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, NULL) != 1) record("OPENSSL_init_crypto failed");
}

/* pthread_once makes the hand-over race-free: whichever thread calls first loads, every other
   caller waits until load() has returned and then sees everything it wrote. */
bool sesame_libcrypto_preload(void) {
    pthread_once(&loaded, load);
    return failure[0] == '\0';
}

void sesame_libcrypto_preload_error_strings(void) {
    if (sesame_libcrypto_preload()) {
        /* OPENSSL_INIT_NO_ATEXIT as in load(), though load() has decided that already. */
        functions.OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CRYPTO_STRINGS | OPENSSL_INIT_NO_ATEXIT, NULL);
    }
}

const struct sesame_libcrypto_functions *sesame_libcrypto(void) {
    if (!sesame_libcrypto_preload()) {
        fprintf(stderr, "sesame: error while loading shared libraries: %s\n", failure);
        exit(127);
    }
    return &functions;
}

/* The block functions cannot fail on valid arguments; a failure means a broken libcrypto. */
static void check(int status, const char *function) {
    if (status != 1) {
        fprintf(stderr, "sesame: %s: %s failed\n", soname, function);
        abort();
    }
}

void sesame_sha256(const void *data, size_t length, unsigned char *digest) {
    sesame_libcrypto();
    SHA256_CTX context;
    check(digests.SHA256_Init(&context), "SHA256_Init");
    check(digests.SHA256_Update(&context, data, length), "SHA256_Update");
    check(digests.SHA256_Final(digest, &context), "SHA256_Final");
}

void sesame_sha1(const void *data, size_t length, unsigned char *digest) {
    sesame_libcrypto();
    SHA_CTX context;
    check(digests.SHA1_Init(&context), "SHA1_Init");
    check(digests.SHA1_Update(&context, data, length), "SHA1_Update");
    check(digests.SHA1_Final(digest, &context), "SHA1_Final");
}

/* H((K ^ opad) || H((K ^ ipad) || data)), K the key zero-padded to SHA-256's 64-byte block,
   or the key's digest when it is longer than a block (RFC 2104, section 2). */
void sesame_hmac_sha256(const void *key, size_t keyLength, const void *data, size_t length, unsigned char *mac) {
    enum { block = SHA256_CBLOCK };
    unsigned char padded[block] = {0}, pad[block], inner[SHA256_DIGEST_LENGTH];
    if (keyLength > block) {
        sesame_sha256(key, keyLength, padded);
    } else if (keyLength > 0) {
        memcpy(padded, key, keyLength);
    }
    sesame_libcrypto();
    SHA256_CTX context;
    for (int i = 0; i < block; i++) pad[i] = padded[i] ^ 0x36;
    check(digests.SHA256_Init(&context), "SHA256_Init");
    check(digests.SHA256_Update(&context, pad, block), "SHA256_Update");
    check(digests.SHA256_Update(&context, data, length), "SHA256_Update");
    check(digests.SHA256_Final(inner, &context), "SHA256_Final");
    for (int i = 0; i < block; i++) pad[i] = padded[i] ^ 0x5c;
    check(digests.SHA256_Init(&context), "SHA256_Init");
    check(digests.SHA256_Update(&context, pad, block), "SHA256_Update");
    check(digests.SHA256_Update(&context, inner, sizeof inner), "SHA256_Update");
    check(digests.SHA256_Final(mac, &context), "SHA256_Final");
    /* The padded key and the inner digest are as secret as the key. */
    explicit_bzero(padded, sizeof padded);
    explicit_bzero(pad, sizeof pad);
    explicit_bzero(inner, sizeof inner);
    explicit_bzero(&context, sizeof context);
}
