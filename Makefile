# Build and install sesame: a stripped release binary with the Swift runtime linked statically,
# its man pages (sesame(1) and one per command, in English and under share/man/ja in Japanese),
# and shell completions for bash, zsh and fish.
#   make install PREFIX=$HOME/.local      make uninstall PREFIX=$HOME/.local
PREFIX ?= /usr/local
SWIFT ?= swift
SCRATCH ?= .build
RELEASE = $(SCRATCH)/release
# A position-dependent executable: the statically linked Swift runtime then needs no relative
# relocations at start-up. Linked with the toolchain's lld, which also does not repeat glibc's
# warning about the mktemp that FoundationEssentials' Data writing references.
# libstdc++ and libyaml are linked in too (libstdc++.a from the toolchain's C++ library,
# libyaml.a from libyaml-dev): loading and relocating them cost every command 1.6 M and 0.2 M
# instructions at start-up. STATIC_LIBS holds links to the archives and nothing else, and comes
# first among the search paths, so -lstdc++ and -lyaml find them there; without an archive, the
# shared library is linked as before (and a plain `swift build` links both shared).
# libcrypto is not linked at all: Sources/CCrypto opens it on first use, as CurlLibrary does
# libcurl (linked in instead, it would cost `status` 4.5 M: libcurl's libssl loads its own copy).
STATIC_LIBS = $(abspath $(SCRATCH))/static-libs
LINKFLAGS ?= -Xswiftc -Xclang-linker -Xswiftc -no-pie -Xswiftc -use-ld=lld -Xlinker -L$(STATIC_LIBS)
STRIP ?= strip
# Benchmarks/run.sh also builds LintBenchmark with the same flags, so the two share one build.
PRODUCT ?= sesame

.PHONY: build install install-files uninstall test demo

build:
	scripts/ensure-deps
	@set -e; mkdir -p $(STATIC_LIBS); \
	archive=$$(clang -print-file-name=libstdc++.a 2>/dev/null || true); \
	if [ -f "$$archive" ]; then ln -sf "$$archive" $(STATIC_LIBS)/; fi; \
	archive=$$(pkg-config --variable=libdir yaml-0.1 2>/dev/null)/libyaml.a; \
	if [ -f "$$archive" ]; then ln -sf "$$archive" $(STATIC_LIBS)/; fi
	$(SWIFT) build -c release --static-swift-stdlib --product $(PRODUCT) --scratch-path $(SCRATCH) $(LINKFLAGS)

install: build install-files

# Installs an already built BINARY (the release build by default), stripped, with its man pages
# and completions. Every file and every folder it creates is listed in MANIFEST, so that
# `make uninstall` removes exactly those and nothing else.
BINARY ?= $(RELEASE)/sesame
ROOT = $(DESTDIR)$(PREFIX)
MANIFEST = $(ROOT)/share/sesame/installed-files
install-files:
	@set -e; root='$(ROOT)'; pages=$$(mktemp -d); trap 'rm -rf "$$pages"' EXIT; \
	created=""; [ -d "$$root" ] || created="./"; \
	for dir in bin share share/man share/man/man1 share/man/ja share/man/ja/man1 share/bash-completion share/bash-completion/completions \
	           share/zsh share/zsh/site-functions share/fish share/fish/vendor_completions.d share/sesame; do \
	  if [ ! -d "$$root/$$dir" ]; then install -d "$$root/$$dir"; created="$$dir/ $$created"; fi; \
	done; \
	install -m 755 $(BINARY) "$$root/bin/sesame"; \
	$(STRIP) "$$root/bin/sesame"; \
	files="bin/sesame"; \
	english=$$(scripts/generate-manual $(BINARY) "$$pages/en"); \
	for page in $$english; do \
	  install -m 644 "$$pages/en/$$page" "$$root/share/man/man1/$$page"; files="$$files share/man/man1/$$page"; \
	done; \
	japanese=$$(scripts/generate-manual $(BINARY) "$$pages/ja" --lang ja); \
	for page in $$japanese; do \
	  install -m 644 "$$pages/ja/$$page" "$$root/share/man/ja/man1/$$page"; files="$$files share/man/ja/man1/$$page"; \
	done; \
	$(BINARY) --generate-completion-script bash > "$$root/share/bash-completion/completions/sesame"; \
	$(BINARY) --generate-completion-script zsh > "$$root/share/zsh/site-functions/_sesame"; \
	$(BINARY) --generate-completion-script fish > "$$root/share/fish/vendor_completions.d/sesame.fish"; \
	files="$$files share/bash-completion/completions/sesame share/zsh/site-functions/_sesame share/fish/vendor_completions.d/sesame.fish"; \
	printf '%s\n' $$files share/sesame/installed-files $$created > '$(MANIFEST)'; \
	echo "installed $$root/bin/sesame"

# Removes the files `make install` listed, then the folders it created if they are empty.
# An install made before the list existed (v0.1) had exactly these files:
UNLISTED = bin/sesame share/man/man1/sesame.1 share/bash-completion/completions/sesame \
	share/zsh/site-functions/_sesame share/fish/vendor_completions.d/sesame.fish
uninstall:
	@set -e; root='$(ROOT)'; \
	if [ -f '$(MANIFEST)' ]; then entries=$$(cat '$(MANIFEST)'); \
	else entries="$(UNLISTED)"; fi; \
	for entry in $$entries; do case "$$entry" in */) ;; *) rm -f "$$root/$$entry";; esac; done; \
	for entry in $$entries; do case "$$entry" in \
	  ./) rmdir "$$root" 2>/dev/null || true;; \
	  */) rmdir "$$root/$$entry" 2>/dev/null || true;; \
	esac; done; \
	echo "uninstalled $$root/bin/sesame"

test:
	scripts/test

demo:
	scripts/demo
