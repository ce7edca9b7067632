#ifndef SESAME_CYAML_SHIM_H
#define SESAME_CYAML_SHIM_H
#include <yaml.h>
#endif
