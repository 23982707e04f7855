# bricklint as a container image: a static binary on Alpine, with git for
# --staged and history scans, running as an unprivileged user.
#
#   docker build -t bricklint .
#   docker run --rm -v "$PWD:/src" bricklint --format sarif -o bricklint.sarif .
#
# The scanned repository is mounted at /src, the working directory.
FROM golang:1.26-alpine AS build
WORKDIR /build
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -buildvcs=false -ldflags="-s -w" -o /out/bricklint ./cmd/bricklint \
 && /out/bricklint version

FROM alpine:3.22
# The mounted repository belongs to the host's user, not to bricklint: git
# would refuse it as "dubious ownership".
RUN apk add --no-cache git ca-certificates \
 && adduser -D -u 10001 -h /home/bricklint bricklint \
 && git config --system --add safe.directory '*'
COPY --from=build /out/bricklint /usr/local/bin/bricklint
USER 10001:10001
WORKDIR /src
ENTRYPOINT ["/usr/local/bin/bricklint"]
CMD ["."]
