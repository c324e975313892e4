#pragma once
// Replacing a file whole or not at all: the content goes to a temporary file in the same
// directory, is fsynced, and is renamed over the target (then the directory is fsynced).
// A reader sees the old file or the new one, never a part; no temporary file is left behind.
#include <sys/stat.h>

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace cchc {

// Writes `content` to `path` atomically. Only a new path or an existing regular file is
// written: a symbolic link, device, FIFO or socket is refused ("not a regular file"), never
// followed or replaced. An existing file keeps its permission bits; a new one gets 0644 less
// the umask; a file without any write bit is refused even for root. Stale temporary files
// of earlier writes that were killed are removed first. Returns "" on success, else the
// reason ("Permission denied", "No such file or directory", "Is a directory" …). Never throws.
std::string write_file_atomically(const std::string& path, std::string_view content);

// 0 when `target` may be replaced: it does not exist (`exists` false) or is a regular file
// with a write bit set in its mode and access() agreeing. Else EISDIR, EINVAL (a link,
// device, FIFO or socket), EACCES, or the errno of lstat. `st` gets lstat's answer.
int writable_regular_file(const std::filesystem::path& target, struct stat& st, bool& exists);

// Whether a directory entry is one of our temporary files (".<name>.tmp-<pid>-<n>").
bool is_temporary_name(std::string_view entry);

// Removes the temporary files left in `dir` by writes that were killed (kill -9, a power
// cut): those whose process is gone or that are a day old; with `dir_locked` (the caller
// holds the directory's write lock, as journal appends do) every one of them. With
// `target_name`, only those of writes to that file (".<target_name>.tmp-<pid>-<n>"): in a
// directory that is not ours, nothing else is touched. Returns how many were removed.
int remove_stale_temporaries(const std::filesystem::path& dir, bool dir_locked, std::string_view target_name = {});

// A file written in pieces and then put in place whole, for content too large to hold in
// memory at once: the pieces go to a temporary file beside `target` (".<name>.tmp-<pid>-<n>",
// so remove_stale_temporaries knows it); commit() fsyncs it and renames it over `target`.
// Destroyed without a successful commit(), it removes the temporary file. With `old` (the
// file being replaced) the new file takes its owner, where permitted, and permission bits.
class AtomicWriter {
public:
    explicit AtomicWriter(const std::filesystem::path& target, const struct stat* old = nullptr);
    ~AtomicWriter();
    AtomicWriter(const AtomicWriter&) = delete;
    AtomicWriter& operator=(const AtomicWriter&) = delete;

    // 0 while every step so far succeeded, else the errno of the first that failed (the
    // writes after it are skipped).
    int error() const { return err_; }
    void write(std::string_view bytes);
    // Bytes written so far: the offset the next write() starts at.
    unsigned long long size() const { return size_; }
    // Puts the file in place; 0 or the errno.
    int commit();
    // The temporary file's path, for a child process that writes the content itself (pandoc);
    // commit() then reopens it by name to fsync what the child wrote.
    const std::filesystem::path& temp_path() {
        written_by_path_ = true;
        return tmp_;
    }

private:
    std::filesystem::path target_, tmp_;
    int fd_ = -1;
    int err_ = 0;
    unsigned long long size_ = 0;
    bool created_ = false, committed_ = false, written_by_path_ = false;
};

// The one path every `-o` output takes (Markdown, CSV, ICS, JSON, docx): the checks of
// write_file_atomically, the stale temporaries of this target removed, then `write` fills
// an AtomicWriter beside the target (returning "" or why it failed; then nothing is put in
// place), which is fsynced and renamed over it, and the directory fsynced. Returns "" on
// success, else the reason. A new file gets 0644 less the umask (readable by others, as any document).
std::string write_output_atomically(const std::string& path, const std::function<std::string(AtomicWriter&)>& write);

// The primitive both the above and journal appends use: `content` to a new file beside
// `target`, with `old`'s owner (where permitted) and permission bits when given, fsynced,
// then renamed over `target`. Returns 0 or the errno; no temporary file is left behind.
int replace_file(const std::filesystem::path& target, std::string_view content, const struct stat* old);

}  // namespace cchc
