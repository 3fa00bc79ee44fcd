# demarche: build, run the sample, test.
GO        ?= go
BIN       := bin/demarche
VERSION   := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -X main.version=$(VERSION)
SAMPLE    := testdata/sample/leaders-call.txt
BENCH_MB  ?= 200

.PHONY: all build run test install bench bench-micro bench-corpus fmt vet clean

all: build

## build: compile bin/demarche
build:
	$(GO) build -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/demarche

## run: build, then analyze the built-in sample report and print its per-speaker table
run: build
	./$(BIN) analyze $(SAMPLE)

## test: vet, then every test with the race detector
test:
	$(GO) vet ./...
	$(GO) test -race -count=1 ./...

## install: install demarche into $(GOPATH)/bin
install:
	$(GO) install -ldflags '$(LDFLAGS)' ./cmd/demarche

## bench: the micro-benchmarks, then analyze's throughput (MB/s) and peak memory on a
## generated corpus of BENCH_MB megabytes (200 by default; several minutes on 2 cores)
bench: bench-micro bench-corpus

bench-micro:
	$(GO) test -run '^$$' -bench . -skip Corpus -benchmem ./...

bench-corpus:
	$(GO) test -run '^$$' -bench Corpus -benchtime 1x -timeout 60m ./cmd/demarche -corpus-mb $(BENCH_MB)

fmt:
	gofmt -l -w $$(git ls-files '*.go')

vet:
	$(GO) vet ./...

clean:
	rm -rf bin
