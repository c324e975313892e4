/* Parse-only baseline for bench/run.sh: libyaml reads every file named on standard input
 * (one path a line) to the end of its event stream, building nothing, on 2 threads (as
 * cchc check parses on its worker threads). What cchc check costs above this is its own.
 * Exit 1 if a file cannot be read or parsed. Build: cc -O2 yaml_events.c -lyaml -pthread */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static char **paths;
static size_t count;
static atomic_size_t next_path;
static atomic_int failed;

static int parse_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, f);
    int ok = 1;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) { ok = 0; break; }
        int end = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (end) break;
    }
    yaml_parser_delete(&parser);
    fclose(f);
    return ok;
}

static void *worker(void *unused) {
    (void)unused;
    for (size_t i; (i = atomic_fetch_add(&next_path, 1)) < count;)
        if (!parse_file(paths[i])) atomic_store(&failed, 1);
    return NULL;
}

int main(void) {
    size_t cap = 1024;
    paths = malloc(cap * sizeof *paths);
    char line[4096];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        if (count == cap) paths = realloc(paths, (cap *= 2) * sizeof *paths);
        paths[count++] = strdup(line);
    }
    pthread_t threads[2];
    for (int t = 0; t < 2; ++t) pthread_create(&threads[t], NULL, worker, NULL);
    for (int t = 0; t < 2; ++t) pthread_join(threads[t], NULL);
    return atomic_load(&failed);
}
