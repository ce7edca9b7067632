# Build and install sesame: a release binary with the Swift runtime linked statically,
# its man page, and shell completions for bash, zsh and fish.
#   make install PREFIX=$HOME/.local      make uninstall PREFIX=$HOME/.local
PREFIX ?= /usr/local
SWIFT ?= swift
SCRATCH ?= .build
RELEASE = $(SCRATCH)/release
# A position-dependent executable: the statically linked Swift runtime and Foundation then need
# no relative relocations at start-up (about 2 ms of every run).
LINKFLAGS ?= -Xswiftc -Xclang-linker -Xswiftc -no-pie
BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: build install install-files uninstall test demo

build:
	scripts/ensure-deps
	$(SWIFT) build -c release --static-swift-stdlib --product sesame --scratch-path $(SCRATCH) $(LINKFLAGS)

install: build install-files

# Installs an already built BINARY (the release build by default) with its man page and completions.
BINARY ?= $(RELEASE)/sesame
install-files:
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 $(BINARY) $(BINDIR)/sesame
	scripts/generate-manual $(BINARY) > $(MANDIR)/sesame.1
	$(BINARY) --generate-completion-script bash > $(BASHDIR)/sesame
	$(BINARY) --generate-completion-script zsh > $(ZSHDIR)/_sesame
	$(BINARY) --generate-completion-script fish > $(FISHDIR)/sesame.fish
	@echo "installed $(BINDIR)/sesame"

uninstall:
	rm -f $(BINDIR)/sesame $(MANDIR)/sesame.1 $(BASHDIR)/sesame $(ZSHDIR)/_sesame $(FISHDIR)/sesame.fish

test:
	scripts/test

demo:
	scripts/demo
