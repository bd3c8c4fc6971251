# mcplint container image: glibc (Debian bookworm, as the official Go image
# is), because mcplint's Python and TypeScript parsers are C code linked
# through cgo; the image also has the go command, which mcplint needs to load
# Go packages.
#
# The release workflow builds the binaries natively per platform
# (.ci/release-build writes dist/image/<os>_<arch>/mcplint) and then builds
# this image for linux/amd64 and linux/arm64; nothing below runs on the
# target platform, so no emulation is needed. To build it yourself:
#
#   .ci/release-build snapshot && docker build -t mcplint .
#   docker run --rm -v "$PWD:/src" mcplint ./...
#
# GO_IMAGE picks the base (any glibc image with Go 1.26 at /usr/local/go).
ARG GO_IMAGE=golang:1.26-bookworm
FROM ${GO_IMAGE}

ARG TARGETOS=linux
ARG TARGETARCH=amd64
COPY dist/image/${TARGETOS}_${TARGETARCH}/mcplint /usr/local/bin/mcplint
# The scanned tree is mounted and usually owned by another user; let git (and
# the go command's VCS lookups) read it.
COPY .ci/image-gitconfig /etc/gitconfig

# mcplint never downloads a toolchain or a module; say so for every go
# command in the image as well.
ENV GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=readonly
WORKDIR /src
ENTRYPOINT ["/usr/local/bin/mcplint"]
CMD ["./..."]
