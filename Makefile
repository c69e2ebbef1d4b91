# Zhibu: developer commands. See docs/development.md.
#
#   make run           build and serve on http://127.0.0.1:8080 (demo data on first run)
#   make test          the suite on SQLite, again on the private PostgreSQL, then the browser test
#
# CONFIG=release make run builds and runs the release binary.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

CONFIG ?= debug
SWIFT ?= swift
HOST ?= 127.0.0.1
PORT ?= 8080
# `swift build --show-bin-path` would resolve the package (and wait for any other build that
# holds .build); .build/debug and .build/release are SwiftPM's links to the same folders.
BIN ?= .build/$(CONFIG)
ZHIBU := $(BIN)/zhibu

.DEFAULT_GOAL := help

.PHONY: help check-swift build build-product run test migrate demo db-up db-down db-reset \
	bench browser-test clean-data

help:
	@echo "make run           build (CONFIG=$(CONFIG)) and serve on http://$(HOST):$(PORT); creates demo data on first run"
	@echo "make test          build, suite on SQLite, suite on PostgreSQL (scripts/postgres.sh), browser test"
	@echo "make build         swift build -c \$$CONFIG"
	@echo "make migrate       run the migrations on DATABASE_URL (default sqlite:data/zhibu.sqlite)"
	@echo "make demo          create the demo university on DATABASE_URL"
	@echo "make db-up         start the private PostgreSQL on 127.0.0.1:$${PGPORT:-54329} and print its URL"
	@echo "make db-down       stop it"
	@echo "make db-reset      stop it, delete its data, start it again"
	@echo "make bench         release build, then zhibu bench (writes docs/benchmarks.md)"
	@echo "make browser-test  headless Chromium against a demo server on 127.0.0.1:18080"
	@echo "make clean-data    stop the private PostgreSQL and delete data/, .build-pg/, .build-browser/, .build-test/"

check-swift:
	@if ! command -v $(SWIFT) >/dev/null 2>&1 || ! $(SWIFT) --version >/dev/null 2>&1; then \
		echo "error: the Swift 6 toolchain is not on PATH ('$(SWIFT) --version' failed)." >&2; \
		echo "       Install Swift 6 (swift.org) and put its usr/bin on PATH (on these machines: /opt/swift/usr/bin)." >&2; \
		exit 1; \
	fi

build: check-swift
	$(SWIFT) build -c $(CONFIG)

build-product: check-swift
	$(SWIFT) build -c $(CONFIG) --product zhibu

run: build-product
	@mkdir -p data
	@if [ -z "$${DATABASE_URL:-}" ]; then \
		if [ ! -f data/zhibu.sqlite ]; then \
			echo "== no data/zhibu.sqlite yet: creating the demo university =="; \
			$(ZHIBU) demo || { rm -f data/zhibu.sqlite data/zhibu.sqlite-*; exit 1; }; \
		fi; \
	else \
		echo "== DATABASE_URL is set: serving it as it is ('make migrate' / 'make demo' to prepare it) =="; \
	fi
	ZHIBU_DEMO_MODE=1 $(ZHIBU) serve --hostname $(HOST) --port $(PORT)

test:
	scripts/test.sh

migrate: build-product
	@mkdir -p data
	$(ZHIBU) migrate

demo: build-product
	@mkdir -p data
	$(ZHIBU) demo

db-up:
	scripts/postgres.sh up

db-down:
	scripts/postgres.sh down

db-reset:
	scripts/postgres.sh reset

bench: check-swift
	$(SWIFT) build -c release --product zhibu
	.build/release/zhibu bench

browser-test:
	scripts/browser-test.sh

clean-data:
	scripts/postgres.sh purge
	rm -rf data .build-browser .build-test
