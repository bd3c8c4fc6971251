module example.com/notes-mcp

go 1.22

require github.com/mark3labs/mcp-go v0.32.0

// The scan of this example must need no network and no module cache, so the
// SDK is replaced by a tiny local stub with the real API shapes.
replace github.com/mark3labs/mcp-go => ./third_party/mcp-go
