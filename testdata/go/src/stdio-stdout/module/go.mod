module stdio-stdout/module

go 1.24
