// SPDX-License-Identifier: GPL-3.0-or-later
// Encrypted workspaces through the real commonplace-cli: passphrase sources, nothing readable
// on disk while an import runs, kill -9, conversion and passphrase changes (issue 8).
#include "TestUtil.h"
#include "crypto/Secret.h"
#include "crypto/Vfs.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

const char* kMarker = "OkapiMarkerNarwhal";
const char* kPass = "correct horse battery";

/** Runs the CLI via the shell with extra environment; `setsid` takes away the terminal. */
test::RunResult run(const std::string& env, const std::string& args, const TempDir& dir)
{
    std::string outFile = dir.file(".out"), errFile = dir.file(".err");
    std::string cmd = "env COMMONPLACE_TEST_KDF=interactive " + env + " setsid -w '" +
                      COMMONPLACE_CLI + "' " + args + " >'" + outFile + "' 2>'" + errFile +
                      "' </dev/null";
    int rc = std::system(cmd.c_str());
    test::RunResult r;
    r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    r.out = test::readFile(outFile);
    r.err = test::readFile(errFile);
    return r;
}

std::string passEnv()
{
    return std::string("COMMONPLACE_PASSPHRASE='") + kPass + "'";
}

std::string writeEntities(const TempDir& dir, const std::string& name, int n, const char* prefix)
{
    std::string path = dir.file(name);
    std::FILE* f = std::fopen(path.c_str(), "w");
    for (int i = 0; i < n; ++i)
        std::fprintf(f,
                     "{\"id\": \"%s%d\", \"schema\": \"Person\", \"properties\": {\"name\": "
                     "[\"%s %d\"], \"notes\": [\"%s note %d\"]}}\n",
                     prefix, i, kMarker, i, kMarker, i);
    std::fclose(f);
    return path;
}

/** Files under `folder` (skipping `skip`) whose bytes contain the marker. */
std::vector<std::string> leaks(const std::string& folder, const std::string& skip = {})
{
    std::vector<std::string> hits;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(
             folder, std::filesystem::directory_options::skip_permission_denied, ec);
         it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (ec)
            break;
        auto p = it->path().string();
        if (!skip.empty() && p.rfind(skip, 0) == 0)
            continue;
        // .out and .err hold what the CLI printed (a search result shows the marker).
        if (it->path().filename().string().front() == '.')
            continue;
        if (!it->is_regular_file(ec))
            continue;
        if (test::readFile(p).find(kMarker) != std::string::npos)
            hits.push_back(p);
    }
    return hits;
}

pid_t spawnImport(const std::string& ws, const std::string& file, const std::string& tmp)
{
    pid_t pid = fork();
    if (pid == 0) {
        int devnull = ::open("/dev/null", O_RDWR);
        dup2(devnull, 0);
        dup2(devnull, 1);
        dup2(devnull, 2);
        ::setsid();
        ::setenv("COMMONPLACE_PASSPHRASE", kPass, 1);
        ::setenv("COMMONPLACE_TEST_KDF", "interactive", 1);
        ::setenv("TMPDIR", tmp.c_str(), 1);
        execl(COMMONPLACE_CLI, COMMONPLACE_CLI, "--workspace", ws.c_str(), "import", file.c_str(),
              "--dataset", "big", (char*)nullptr);
        _exit(127);
    }
    return pid;
}

} // namespace

TEST_CASE("cli: an encrypted workspace takes its passphrase from the environment or a file",
          "[cli][encrypted]")
{
    TempDir dir;
    std::string ws = "--workspace '" + dir.file("w.commonplace") + "' ";
    auto init = run(passEnv(), ws + "init --encrypt --json", dir);
    INFO(init.err);
    REQUIRE(init.status == 0);
    CHECK(init.out.find("\"encrypted\":true") != std::string::npos);
    std::string data = writeEntities(dir, "in.ijson", 30, "p");
    auto imp = run(passEnv(), ws + "import '" + data + "'", dir);
    INFO(imp.err);
    REQUIRE(imp.status == 0);
    std::filesystem::remove(data);

    std::string passFile = dir.write("pass.txt", std::string(kPass) + "\n");
    auto byFile = run("", ws + "--passphrase-file '" + passFile + "' stats --json", dir);
    INFO(byFile.err);
    REQUIRE(byFile.status == 0);
    CHECK(byFile.out.find("\"entities\":30") != std::string::npos);

    auto noPass = run("", ws + "stats", dir);
    CHECK(noPass.status == 1);
    CHECK(noPass.err.find("no terminal") != std::string::npos);

    auto wrong = run("COMMONPLACE_PASSPHRASE='correct horse batterz'", ws + "stats", dir);
    CHECK(wrong.status == 1);
    CHECK(wrong.err.find("wrong passphrase") != std::string::npos);
    CHECK(wrong.err.find(dir.file("w.commonplace")) != std::string::npos);

    auto missingFile = run("", ws + "--passphrase-file '" + dir.file("nope.txt") + "' stats", dir);
    CHECK(missingFile.status == 1);
    CHECK(missingFile.err.find("nope.txt") != std::string::npos);

    auto search = run(passEnv(), ws + "search " + kMarker + " --json", dir);
    REQUIRE(search.status == 0);
    CHECK(search.out.find(kMarker) != std::string::npos);
    CHECK(leaks(dir.path()).empty());
}

TEST_CASE("cli: the passphrase prompt on a terminal", "[cli][encrypted]")
{
    if (std::system("python3 -c 'import pty' 2>/dev/null") != 0) {
        WARN("python3 with pty is not available; the prompt test is skipped");
        return;
    }
    TempDir dir;
    std::string wsPath = dir.file("w.commonplace");
    // A pseudo-terminal: the CLI prompts on it, the script answers (twice when creating).
    std::string script = dir.write("answer_prompt.py", R"PY(
import os, pty, signal, sys, time
signal.alarm(60)  # never hang the test run
answers = sys.argv[1].split("|")
pid, fd = pty.fork()
if pid == 0:
    os.environ.pop("COMMONPLACE_PASSPHRASE", None)
    os.environ["COMMONPLACE_TEST_KDF"] = "interactive"
    os.execv(sys.argv[2], sys.argv[2:])
out = b""
while True:
    try:
        chunk = os.read(fd, 1024)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
    if out.rstrip().endswith(b":") and answers:
        time.sleep(0.5)  # the prompt switches echo off (flushing input) after printing
        os.write(fd, (answers.pop(0) + "\n").encode())
        out += b"<answered>"
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode(errors="replace"))
sys.exit(os.waitstatus_to_exitcode(status))
)PY");
    auto py = [&](const std::string& answers, const std::string& args) {
        std::string outFile = dir.file(".pty");
        std::string cmd = "python3 '" + script + "' '" + answers + "' '" + COMMONPLACE_CLI +
                          "' --workspace '" + wsPath + "' " + args + " >'" + outFile + "' 2>&1";
        int rc = std::system(cmd.c_str());
        return std::make_pair(WIFEXITED(rc) ? WEXITSTATUS(rc) : -1, test::readFile(outFile));
    };
    auto [initStatus, initOut] = py(std::string(kPass) + "|" + kPass, "init --encrypt");
    INFO(initOut);
    REQUIRE(initStatus == 0);
    CHECK(initOut.find("New passphrase") != std::string::npos);
    CHECK(initOut.find(kPass) == std::string::npos); // echo was off
    auto [statsStatus, statsOut] = py(kPass, "stats");
    INFO(statsOut);
    CHECK(statsStatus == 0);
    CHECK(statsOut.find("Passphrase for") != std::string::npos);
    auto [badStatus, badOut] = py("not the passphrase", "stats");
    CHECK(badStatus == 1);
    CHECK(badOut.find("wrong passphrase") != std::string::npos);
    auto [mismatch, mismatchOut] = py("first passphrase|second passphrase", "passphrase");
    CHECK(mismatch == 1);
}

TEST_CASE("cli: no plaintext under the workspace folder or TMPDIR during and after an import",
          "[cli][encrypted]")
{
    TempDir dir;
    std::string folder = dir.file("data");
    std::string tmp = dir.file("tmp");
    std::filesystem::create_directories(folder);
    std::filesystem::create_directories(tmp);
    std::string wsPath = folder + "/w.commonplace";
    auto init = run(passEnv(), "--workspace '" + wsPath + "' init --encrypt", dir);
    REQUIRE(init.status == 0);
    std::string big = writeEntities(dir, "big.ijson", 120000, "b");

    pid_t pid = spawnImport(wsPath, big, tmp);
    REQUIRE(pid > 0);
    int scansWhileRunning = 0;
    bool sawWal = false, sawShm = false;
    std::vector<std::string> found;
    for (;;) {
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) == pid) {
            REQUIRE(WIFEXITED(status));
            CHECK(WEXITSTATUS(status) == 0);
            break;
        }
        sawWal = sawWal || std::filesystem::exists(wsPath + "-wal");
        // The wal-index (SQLite's checksums of plaintext pages) stays in the CLI's memory.
        sawShm = sawShm || std::filesystem::exists(wsPath + "-shm");
        for (auto& f : leaks(folder))
            found.push_back(f);
        for (auto& f : leaks(tmp))
            found.push_back(f);
        ++scansWhileRunning;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    INFO("scans while the import ran: " << scansWhileRunning);
    CHECK(scansWhileRunning >= 3);
    CHECK(sawWal);
    CHECK_FALSE(sawShm);
    CHECK(found.empty());
    CHECK(leaks(folder).empty());
    CHECK(leaks(tmp).empty());
    auto stats = run(passEnv(), "--workspace '" + wsPath + "' stats --json", dir);
    CHECK(stats.out.find("\"entities\":120000") != std::string::npos);
}

TEST_CASE("cli: an encrypted workspace killed mid-import keeps every committed import",
          "[cli][encrypted]")
{
    TempDir dir;
    std::string wsPath = dir.file("w.commonplace");
    std::string ws = "--workspace '" + wsPath + "' ";
    REQUIRE(run(passEnv(), ws + "init --encrypt", dir).status == 0);
    std::string small = writeEntities(dir, "small.ijson", 500, "s");
    REQUIRE(run(passEnv(), ws + "import '" + small + "' --dataset small", dir).status == 0);
    std::string big = writeEntities(dir, "big.ijson", 100000, "b");
    auto pass =
        crypto::SecretBytes(reinterpret_cast<const std::uint8_t*>(kPass), std::strlen(kPass));
    for (int delayMs : {300, 900, 1800}) {
        DYNAMIC_SECTION("kill after " << delayMs << " ms")
        {
            pid_t pid = spawnImport(wsPath, big, dir.path());
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
            ::kill(pid, SIGKILL);
            int status = 0;
            waitpid(pid, &status, 0);
            store::Workspace::OpenOptions o;
            o.mode = store::Workspace::Mode::OpenExisting;
            o.passphrase = &pass;
            auto opened = store::Workspace::open(wsPath, o);
            INFO((opened ? std::string() : opened.error().describe()));
            REQUIRE(opened);
            auto check = (*opened)->integrityCheck();
            REQUIRE(check);
            CHECK(*check == "ok");
            auto stats = (*opened)->stats();
            REQUIRE(stats);
            INFO("entities after kill: " << stats->entities);
            CHECK((stats->entities == 500 || stats->entities == 100500));
            CHECK(stats->datasets.count("small") == 1);
        }
    }
}

TEST_CASE("cli: an encrypted workspace killed mid-edit keeps every committed edit",
          "[cli][encrypted]")
{
    TempDir dir;
    std::string wsPath = dir.file("w.commonplace");
    std::string ws = "--workspace '" + wsPath + "' ";
    REQUIRE(run(passEnv(), ws + "init --encrypt", dir).status == 0);
    std::string small = writeEntities(dir, "small.ijson", 200, "s");
    REQUIRE(run(passEnv(), ws + "import '" + small + "' --dataset small", dir).status == 0);
    // Edits: judgements that merge pairs, one command each, killed while they run.
    std::string loop = dir.write("edits.sh", "#!/bin/sh\nfor i in $(seq 0 2 198); do '" +
                                                 std::string(COMMONPLACE_CLI) + "' " + ws +
                                                 "judge s$i s$((i+1)) yes >/dev/null 2>&1 && "
                                                 "echo $i >>'" +
                                                 dir.file("done.txt") + "'; done\n");
    pid_t pid = fork();
    if (pid == 0) {
        ::setsid(); // its own process group, so the kill takes the running CLI too
        ::setenv("COMMONPLACE_PASSPHRASE", kPass, 1);
        ::setenv("COMMONPLACE_TEST_KDF", "interactive", 1);
        execl("/bin/sh", "sh", loop.c_str(), (char*)nullptr);
        _exit(127);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    ::kill(-pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    std::string done = test::readFile(dir.file("done.txt"));
    auto committed = std::count(done.begin(), done.end(), '\n');
    INFO("edits reported done before the kill: " << committed);
    REQUIRE(committed > 0);
    auto pass =
        crypto::SecretBytes(reinterpret_cast<const std::uint8_t*>(kPass), std::strlen(kPass));
    store::Workspace::OpenOptions o;
    o.mode = store::Workspace::Mode::OpenExisting;
    o.passphrase = &pass;
    auto opened = store::Workspace::open(wsPath, o);
    REQUIRE(opened);
    auto check = (*opened)->integrityCheck();
    REQUIRE(check);
    CHECK(*check == "ok");
    auto stats = (*opened)->stats();
    REQUIRE(stats);
    // Every merge reported done is there (one more may have committed just before the kill).
    std::int64_t merged = stats->entities - stats->canonicalEntities;
    CHECK(merged >= committed);
    CHECK(merged <= committed + 1);
}

TEST_CASE("cli: encrypt, change the passphrase, decrypt", "[cli][encrypted]")
{
    TempDir dir;
    std::string wsPath = dir.file("w.commonplace");
    std::string ws = "--workspace '" + wsPath + "' ";
    REQUIRE(run("", ws + "init", dir).status == 0);
    std::string data = writeEntities(dir, "in.ijson", 250, "p");
    REQUIRE(run("", ws + "import '" + data + "'", dir).status == 0);
    std::filesystem::remove(data);
    CHECK_FALSE(leaks(dir.path()).empty());

    auto enc = run(passEnv(), ws + "encrypt", dir);
    INFO(enc.err);
    REQUIRE(enc.status == 0);
    CHECK(leaks(dir.path()).empty());
    CHECK(run(passEnv(), ws + "encrypt", dir).status == 1); // already encrypted
    auto stats = run(passEnv(), ws + "stats --json", dir);
    CHECK(stats.out.find("\"entities\":250") != std::string::npos);

    std::string newPass = dir.write("new.txt", "a much longer new passphrase\n");
    auto change = run(passEnv(), ws + "--new-passphrase-file '" + newPass + "' passphrase", dir);
    INFO(change.err);
    REQUIRE(change.status == 0);
    CHECK(run(passEnv(), ws + "stats", dir).err.find("wrong passphrase") != std::string::npos);
    auto after = run("", ws + "--passphrase-file '" + newPass + "' stats --json", dir);
    CHECK(after.out.find("\"entities\":250") != std::string::npos);
    // The new passphrase must not come from where the current one does.
    auto ambiguous =
        run("COMMONPLACE_PASSPHRASE='a much longer new passphrase'", ws + "passphrase", dir);
    CHECK(ambiguous.status == 1);
    CHECK(ambiguous.err.find("COMMONPLACE_NEW_PASSPHRASE") != std::string::npos);
    auto tooShort = run("COMMONPLACE_PASSPHRASE='a much longer new passphrase' "
                        "COMMONPLACE_NEW_PASSPHRASE=short",
                        ws + "passphrase", dir);
    CHECK(tooShort.status == 1);

    auto dec = run("", ws + "--passphrase-file '" + newPass + "' decrypt", dir);
    INFO(dec.err);
    REQUIRE(dec.status == 0);
    auto plain = run("", ws + "stats --json", dir);
    CHECK(plain.out.find("\"entities\":250") != std::string::npos);
}

TEST_CASE("cli: the shipped CLI ignores COMMONPLACE_TEST_KDF (no weaker key derivation)",
          "[cli][encrypted]")
{
    TempDir dir;
    for (bool shipped : {true, false}) {
        const std::string cli = shipped ? COMMONPLACE_SHIPPED_CLI : COMMONPLACE_CLI;
        std::string wsPath = dir.file(shipped ? "ws" : "wt");
        std::string cmd = std::string("env COMMONPLACE_TEST_KDF=interactive ") + passEnv() +
                          " setsid -w '" + cli + "' --workspace '" + wsPath +
                          "' init --encrypt >/dev/null 2>&1 </dev/null";
        REQUIRE(std::system(cmd.c_str()) == 0);
        auto params = crypto::fileKdfParams(wsPath);
        REQUIRE(params);
        if (!shipped) {
            // The test build honours it (that is what keeps the other tests fast).
            CHECK(params->memLimit == crypto::KdfParams::interactive().memLimit);
        } else {
            CHECK(params->opsLimit == crypto::KdfParams::moderate().opsLimit);
            CHECK(params->memLimit == crypto::KdfParams::moderate().memLimit);
        }
    }
}

TEST_CASE("cli: an encrypted workspace open in one program is refused by another",
          "[cli][encrypted]")
{
    TempDir dir;
    std::string wsPath = dir.file("w.commonplace");
    std::string ws = "--workspace '" + wsPath + "' ";
    REQUIRE(run(passEnv(), ws + "init --encrypt", dir).status == 0);
    auto pass =
        crypto::SecretBytes(reinterpret_cast<const std::uint8_t*>(kPass), std::strlen(kPass));
    store::Workspace::OpenOptions o;
    o.mode = store::Workspace::Mode::OpenExisting;
    o.passphrase = &pass;
    {
        auto held = store::Workspace::open(wsPath, o);
        REQUIRE(held);
        REQUIRE((*held)->setSetting("k", "v"));
        // A second connection of the same program (a background job) is fine.
        store::Workspace::OpenOptions job;
        job.mode = store::Workspace::Mode::OpenExisting;
        job.key = (*held)->key();
        auto second = store::Workspace::open(wsPath, job);
        REQUIRE(second);
        CHECK((*second)->setting("k") == std::optional<std::string>("v"));
        CHECK_FALSE(std::filesystem::exists(wsPath + "-shm"));

        auto other = run(passEnv(), ws + "stats", dir);
        INFO(other.err);
        CHECK(other.status == 1);
        CHECK(other.err.find("open in another program") != std::string::npos);
    }
    auto after = run(passEnv(), ws + "stats --json", dir);
    INFO(after.err);
    CHECK(after.status == 0);
}
