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

.PHONY: build install uninstall test demo

build:
	scripts/ensure-deps
	$(SWIFT) build -c release --static-swift-stdlib --product sesame --scratch-path $(SCRATCH) $(LINKFLAGS)

install: build
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 $(RELEASE)/sesame $(BINDIR)/sesame
	scripts/generate-manual $(RELEASE)/sesame > $(MANDIR)/sesame.1
	$(RELEASE)/sesame --generate-completion-script bash > $(BASHDIR)/sesame
	$(RELEASE)/sesame --generate-completion-script zsh > $(ZSHDIR)/_sesame
	$(RELEASE)/sesame --generate-completion-script fish > $(FISHDIR)/sesame.fish
	@echo "installed $(BINDIR)/sesame"

uninstall:
	rm -f $(BINDIR)/sesame $(MANDIR)/sesame.1 $(BASHDIR)/sesame $(ZSHDIR)/_sesame $(FISHDIR)/sesame.fish

test:
	scripts/test

demo:
	scripts/demo
