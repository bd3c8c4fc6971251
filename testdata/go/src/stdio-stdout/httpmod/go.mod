module stdio-stdout/httpmod

go 1.24
