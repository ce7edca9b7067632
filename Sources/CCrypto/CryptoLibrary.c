#include "CCrypto.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

/* The soname of OpenSSL 3's libcrypto, whose headers sesame is compiled against. */
static const char soname[] = "libcrypto.so.3";

static struct sesame_libcrypto_functions functions;
static pthread_once_t loaded = PTHREAD_ONCE_INIT;

static _Noreturn void fail(const char *reason) {
    fprintf(stderr, "sesame: error while loading shared libraries: %s\n", reason);
    exit(127);
}

static void load(void) {
    /* RTLD_LAZY: binds each function on its first call, as the dynamic loader does at start-up. */
    void *handle = dlopen(soname, RTLD_LAZY | RTLD_LOCAL);
    if (handle == NULL) fail(dlerror());
    char reason[160];
#define SESAME_LIBCRYPTO_LOAD(name)                                                           \
    functions.name = (__typeof__(&name))dlsym(handle, #name);                                \
    if (functions.name == NULL) {                                                             \
        snprintf(reason, sizeof reason, "%s: undefined symbol: %s", soname, #name);           \
        fail(reason);                                                                         \
    }
    SESAME_LIBCRYPTO_FUNCTIONS(SESAME_LIBCRYPTO_LOAD)
#undef SESAME_LIBCRYPTO_LOAD
}

const struct sesame_libcrypto_functions *sesame_libcrypto(void) {
    pthread_once(&loaded, load);
    return &functions;
}
