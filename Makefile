# demarche: build, run the sample, test.
GO        ?= go
BIN       := bin/demarche
VERSION   := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -X main.version=$(VERSION)
SAMPLE    := testdata/sample/leaders-call.txt
SAMPLE_REPORT := bin/sample-report.html
CHROMIUM  ?= chromium

# demarche uses no C code: built without cgo it is one static executable,
# which starts about 3 ms sooner than a dynamically linked one (no loader,
# no libc to map): 39 against 42 ms for `demarche score "..."` on the
# 2-core machine of issue #6, where each page the process touches first
# costs about 13 microseconds (see BENCHMARKS.md, "Start-up and page faults").
STATIC    := CGO_ENABLED=0

BENCH_MB  ?= 200
COMPARE_MB ?= 20

.PHONY: all build run test install bench bench-micro bench-corpus fmt vet clean screenshot fuzz

all: build

## build: compile bin/demarche
build:
	$(STATIC) $(GO) build -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/demarche

## run: build, then analyze the built-in sample report: print its per-speaker
## table and write its HTML report to bin/sample-report.html
run: build
	./$(BIN) analyze $(SAMPLE)
	./$(BIN) report --title "Sample: a leaders' call, Indonesia and Brazil" $(SAMPLE) -o $(SAMPLE_REPORT)
	@echo "wrote $(SAMPLE_REPORT): open it in a browser"

## screenshot: rewrite docs/sample-report.png from the sample report (needs chromium)
screenshot: run
	$(CHROMIUM) --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
		--disable-background-networking --disable-component-update --disable-sync --no-first-run \
		--user-data-dir=$$(mktemp -d) --window-size=960,1400 --screenshot=docs/sample-report.png \
		file://$(CURDIR)/$(SAMPLE_REPORT)

## test: vet, then every test with the race detector, then every micro-benchmark
## once (not timed: so that one that no longer runs fails here, not in make bench)
test:
	$(GO) vet ./...
	$(GO) test -race -count=1 ./...
	$(GO) test -run '^$$' -bench . -benchtime 1x -skip Corpus ./...

## install: install demarche into $(GOPATH)/bin
install:
	$(STATIC) $(GO) install -ldflags '$(LDFLAGS)' ./cmd/demarche

## bench: the micro-benchmarks, then analyze against the Naive Bayes baseline on a
## generated corpus of COMPARE_MB megabytes (20 by default: MB/s and the ratios
## x-baseline and x-jobs1), and analyze's throughput and peak memory on one of
## BENCH_MB megabytes (200 by default; a few minutes on 2 cores)
bench: bench-micro bench-corpus

bench-micro:
	$(GO) test -run '^$$' -bench . -skip Corpus -benchmem ./...

bench-corpus:
	$(GO) test -run '^$$' -bench Corpus -benchtime 1x -timeout 60m ./cmd/demarche -corpus-mb $(BENCH_MB) -compare-mb $(COMPARE_MB)

fmt:
	gofmt -l -w $$(git ls-files '*.go')

vet:
	$(GO) vet ./...

clean:
	rm -rf bin

## fuzz: run every fuzz target for FUZZTIME each (10m by default; CI runs their seeds as tests).
## A duration may end a target with a bare "context deadline exceeded" and no input written:
## a race in Go 1.26's fuzzing coordinator (golang/go#75804); a count (FUZZTIME=200000x) has none.
FUZZTIME ?= 10m
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./lexicon
	$(GO) test -run '^$$' -fuzz '^FuzzAttribute$$' -fuzztime $(FUZZTIME) ./tone
	$(GO) test -run '^$$' -fuzz '^FuzzScore$$' -fuzztime $(FUZZTIME) ./tone
	$(GO) test -run '^$$' -fuzz '^FuzzDocuments$$' -fuzztime $(FUZZTIME) ./tone
	$(GO) test -run '^$$' -fuzz '^FuzzStatementWriters$$' -fuzztime $(FUZZTIME) ./cmd/demarche
	$(GO) test -run '^$$' -fuzz '^FuzzAppendJSONString$$' -fuzztime $(FUZZTIME) ./cmd/demarche
	$(GO) test -run '^$$' -fuzz '^FuzzAppendCSVField$$' -fuzztime $(FUZZTIME) ./cmd/demarche
	$(GO) test -run '^$$' -fuzz '^FuzzDocBreak$$' -fuzztime $(FUZZTIME) ./cmd/demarche/internal/batch
	$(GO) test -run '^$$' -fuzz '^FuzzTermAppendText$$' -fuzztime $(FUZZTIME) ./tone
	$(GO) test -run '^$$' -fuzz '^FuzzFind$$' -fuzztime $(FUZZTIME) ./tone/dateline
	$(GO) test -run '^$$' -fuzz '^FuzzText$$' -fuzztime $(FUZZTIME) ./cmd/demarche/internal/htmltext
	$(GO) test -run '^$$' -fuzz '^FuzzText$$' -fuzztime $(FUZZTIME) ./cmd/demarche/internal/rtftext
