#ifndef SESAME_CCRYPTO_SHIM_H
#define SESAME_CCRYPTO_SHIM_H
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#endif
