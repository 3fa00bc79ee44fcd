# demarche: build, run the sample, test.
GO        ?= go
BIN       := bin/demarche
VERSION   := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -X main.version=$(VERSION)
SAMPLE    := testdata/sample/leaders-call.txt

.PHONY: all build run test install bench fmt vet clean

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

## bench: run the benchmarks with allocation counts
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

fmt:
	gofmt -l -w $$(git ls-files '*.go')

vet:
	$(GO) vet ./...

clean:
	rm -rf bin
