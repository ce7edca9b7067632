#ifndef SESAME_CCURL_SHIM_H
#define SESAME_CCURL_SHIM_H
#include <curl/curl.h>

/* libcurl is loaded with dlopen on first use (see CurlLibrary.swift), so that the commands that
   never call AWS do not load it and its dependencies at start-up. curl_easy_setopt and
   curl_easy_getinfo are variadic, which Swift cannot call: these typed wrappers call the loaded
   function `fn` with one argument of a known type. */
typedef CURLcode (*sesame_curl_variadic)(CURL *, int, ...);
typedef size_t (*sesame_curl_write_callback)(char *, size_t, size_t, void *);

static inline CURLcode sesame_curl_setopt_long(void *fn, CURL *h, CURLoption o, long v) { return ((sesame_curl_variadic)fn)(h, (int)o, v); }
static inline CURLcode sesame_curl_setopt_string(void *fn, CURL *h, CURLoption o, const char *v) { return ((sesame_curl_variadic)fn)(h, (int)o, v); }
static inline CURLcode sesame_curl_setopt_pointer(void *fn, CURL *h, CURLoption o, void *v) { return ((sesame_curl_variadic)fn)(h, (int)o, v); }
static inline CURLcode sesame_curl_setopt_slist(void *fn, CURL *h, CURLoption o, struct curl_slist *v) { return ((sesame_curl_variadic)fn)(h, (int)o, v); }
static inline CURLcode sesame_curl_setopt_write_function(void *fn, CURL *h, CURLoption o, sesame_curl_write_callback f) { return ((sesame_curl_variadic)fn)(h, (int)o, f); }
static inline CURLcode sesame_curl_getinfo_long(void *fn, CURL *h, CURLINFO i, long *v) { return ((sesame_curl_variadic)fn)(h, (int)i, v); }
#endif
