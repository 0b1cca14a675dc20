// Generated from /openapi.json by client/generate.ts (openapi-typescript). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health
         * @description Answers 200 when the database answers, with what it holds; 503 `unhealthy` with the reason when it is damaged (found at start by `PRAGMA quick_check`, or by a failed read), while writes are refused. Takes no parameters.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List articles
         * @description Newest first by publication date (articles without one last). Filter by story, entity, outlet and date range; page with `cursor`.
         */
        get: operations["listArticles"];
        put?: never;
        /**
         * Ingest articles
         * @description One article or an array of up to 1000: each is parsed by `@marsad/core`, stored with its search index and entities, and the stories recomputed, all in one transaction: an invalid item or a conflicting id stores nothing. Idempotent: the same id with the same content answers `unchanged`. An article without an id gets a hash of its text. On Workers deployed with the ingest queue, the articles are queued instead (202, `queued`): the queue's consumer parses each and the story Durable Object stores and clusters it; one refused there (not an article, an id stored with other content) is not stored.
         */
        post: operations["ingestArticles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an article
         * @description The full `Article` model as `@marsad/core` parsed it: blocks, sentences and extracted fields.
         */
        get: operations["getArticle"];
        put?: never;
        post?: never;
        /**
         * Delete an article
         * @description Removes the article, its search rows and entity counts, and recomputes the stories it was part of.
         */
        delete: operations["deleteArticle"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List entities
         * @description People, organisations, places and media named in the articles, most widely named first.
         */
        get: operations["listEntities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an entity
         * @description The entity with the roles and other names the articles give it, and, page by page, every article naming it: where it is mentioned and everything it was quoted saying.
         */
        get: operations["getEntity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{id}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Entities named with an entity
         * @description The people, bodies, places and media named in the same articles as the entity, most often together first, with how strongly the two go together.
         */
        get: operations["getRelatedEntities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ingest/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a POSTed article is
         * @description Whether an article POSTed under this id is stored, still queued (on Workers, where POSTs answer 202) or refused by the queue’s consumer, with the reason. Not cached: it changes as the queue drains.
         */
        get: operations["getIngestStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search articles
         * @description Full-text search over titles and texts, best matches first, with the passage that matched and its words highlighted. Query and texts go through the same Arabic analyser: alef forms, diacritics, tatweel and attached prefixes and suffixes do not matter (`الاسد` finds `الأسد`, `مفاوضات` finds `والمفاوضات`). Every word must match; "quoted words" must appear together. Takes the article filters too.
         */
        get: operations["searchArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List outlets
         * @description The outlets of the stored articles, most articles first, then outlets with feeds registered and no article yet, with what the core knows of them (name, normalised forms, domain, country and kind) and their feeds.
         */
        get: operations["listSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an outlet
         * @description One outlet by its id, or by any of its names (`الجزيرة نت` and `الجزيره` are both الجزيرة), with each registered feed and what the poller made of it: last success, last error, items seen and ingested. Its articles are `GET /v1/articles?source={id}`.
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register feeds for an outlet
         * @description Registers up to 50 RSS, Atom or RDF feeds for the outlet `{id}` (any of its names; an outlet the core does not know is created under this name, or `name`). When polling is on, the poller reads them on its schedule and ingests each new item's page as an article of this outlet. A feed registered before moves to this outlet and keeps its history. Idempotent.
         */
        post: operations["addSourceFeeds"];
        /**
         * Unregister a feed
         * @description Stops polling the feed `url` of the outlet `{id}` and forgets its records. Articles it brought stay.
         */
        delete: operations["removeSourceFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List stories
         * @description Events as reported by one or more outlets, most recent first (stories without dates last). `entity`, `source`, `from`, `to` and `q` keep the stories with an article that they all select, as `GET /v1/articles` and `GET /v1/search` read them. `include=articles` adds every listed story's members (outlet, title, date) in the same answer.
         */
        get: operations["listStories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a story
         * @description The story, its member articles and the coverage comparison: facts the outlets share, what each adds alone, the same statement quoted differently, and details they disagree on. `include=articles` adds the members' full models and `include=related` the related stories; `include=articles,related` both, so that one request holds everything a story page shows.
         */
        get: operations["getStory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stories/{id}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stories related to a story
         * @description Other stories that name the same people, bodies and places, the rarest names counting most, close in time first.
         */
        get: operations["getRelatedStories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stories/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A story's timeline
         * @description How the coverage grew: the members in order of publication (the date the text gives itself when no publication date was given), each outlet at its first article, and each shared fact at the article that first reported it.
         */
        get: operations["getStoryTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Feeds to register for an outlet. */
        AddFeeds: {
            feeds: string[];
            /** @description The outlet's name, given to the articles its feeds bring; default the `{id}` of the path. */
            name?: string;
            /**
             * Format: uri
             * @description The outlet's home page.
             */
            url?: string;
        };
        Article: {
            blocks: components["schemas"]["Block"][];
            /** @description Present only when `publishedAt` is absent and the text dates itself. */
            date?: {
                basis: components["schemas"]["ArticleDateBasis"];
                end: number;
                /**
                 * @description The date was read from the text, not given: a given date is `publishedAt`.
                 * @enum {boolean}
                 */
                inferred: true;
                start: number;
                /** @description ISO 8601 at the precision the text gives: a day (2025-10-15), a month (2025-10) or a year (2025). */
                value: string;
            };
            dates: components["schemas"]["DateMention"][];
            entities: components["schemas"]["Entity"][];
            id: string;
            publishedAt?: string;
            quotes: components["schemas"]["Quote"][];
            sentences: components["schemas"]["Sentence"][];
            source?: components["schemas"]["ArticleSource"];
            sources: components["schemas"]["CitedSource"][];
            /** @description The input, untouched. Every offset in the model indexes this string. */
            text: string;
            title?: string;
        };
        /** @description Per-article totals, e.g. for a shared/unique bar. */
        ArticleCoverageStats: {
            /** @description Set when the article is a near-duplicate (wire copy) of another. */
            duplicateOf?: string;
            sentences: number;
            /** @description Sentences in a shared group. */
            shared: number;
            sharedChars: number;
            /** @description Sentences with no counterpart elsewhere. */
            unique: number;
            uniqueChars: number;
        };
        /**
         * @description Where the text states the date: a header line (تاريخ النشر: …، date 2025-10-16), a dateline (القاهرة - 15 أكتوبر 2025), a full date near the top, or the most specific date of the news in the lead.
         * @enum {string}
         */
        ArticleDateBasis: "header" | "dateline" | "top" | "lead";
        ArticlePage: {
            items: components["schemas"]["ArticleSummary"][];
            /** @description Cursor of the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description The outlet that published the article. */
        ArticleSource: {
            name?: string;
            url?: string;
        };
        /** @description An article as lists show it; `GET /v1/articles/{id}` has the model. */
        ArticleSummary: {
            id: string;
            /** @description When the API stored the article (ISO date-time, UTC). */
            ingestedAt: string;
            /** @description The first sentence, shortened to 280 characters. */
            lead: string;
            publishedAt: string | null;
            /** @description Outlet name. */
            source: string | null;
            /** @description The story the article belongs to. */
            storyId: string | null;
            title: string | null;
        };
        /** @description A line or part of a line of the text, trimmed of surrounding white space: a heading or paragraph of the article, or page clutter. */
        Block: {
            end: number;
            /**
             * @description `heading` and `paragraph` are content. Clutter: `navigation` (menus, breadcrumbs, related and most-read links, tags, pagination), `byline` (author and credit lines), `dateline` (a line that is only a date), `caption` (photo captions and credits, image files), `ad`, `share` (share and follow prompts, counters), `embed` (embedded posts), `boilerplate` (logos, site name, copyright, comment and newsletter prompts).
             * @enum {string}
             */
            kind: "heading" | "paragraph" | "navigation" | "byline" | "dateline" | "caption" | "ad" | "share" | "embed" | "boilerplate";
            start: number;
            text: string;
        };
        /** @description An outlet, agency, body or person the article cites as its source. */
        CitedSource: {
            /** @description The attribution that cites it (بحسب، وفقاً لـ، نقلاً عن، قال). */
            cue?: string;
            end: number;
            /** @description Id of the cited entity. */
            entity?: string;
            /** @enum {string} */
            kind: "media" | "organization" | "person" | "anonymous" | "other";
            name: string;
            start: number;
            /** @description The citation as written (وكالة "سبوتنيك"). */
            text: string;
        };
        /** @description Entities named in the same articles as an entity, most often first. */
        CoEntities: {
            /** @description The entity's latest articles the counts come from (at most 5,000). */
            articlesRead: number;
            entity: components["schemas"]["EntitySummary"];
            items: {
                /** @description Articles naming this entity in all. */
                articles: number;
                /** @description together / √(articles of one × articles of the other) (the Ochiai coefficient): 1 when the two are always named together. */
                association: number;
                id: string;
                kind: components["schemas"]["EntityKind"];
                name: string;
                /** @description Articles naming both. */
                together: number;
            }[];
        };
        /** @description What several articles on one story share, add alone, and disagree on. */
        Coverage: {
            /** @description Compared article ids, in input order. */
            articles: string[];
            differences: components["schemas"]["Difference"][];
            /** @description Groups of near-duplicate articles (wire copies). */
            duplicates: string[][];
            quoteVariants: components["schemas"]["QuoteVariant"][];
            shared: components["schemas"]["SharedFact"][];
            stats: {
                [key: string]: components["schemas"]["ArticleCoverageStats"];
            };
            /**
             * @description People whose titles differ between articles without contradicting each other.
             * @default []
             */
            titles: components["schemas"]["TitlesGiven"][];
            /** @description Per article, sentence indices with no counterpart. */
            unique: {
                [key: string]: number[];
            };
        };
        DateMention: {
            /** @enum {string} */
            calendar?: "gregorian" | "hijri";
            end: number;
            /** @enum {string} */
            kind?: "absolute" | "relative";
            /**
             * @description Present on a time counted back after منذ (منذ ثلاث سنوات، منذ يومين): how long something has lasted as much as when it began. Compared between outlets, but no point in time of the news: it never dates an article.
             * @enum {boolean}
             */
            since?: true;
            start: number;
            /**
             * @description Present when the text names the date as a plan or deadline (رؤية 2030، بحلول عام 2030، حتى نهاية 2035), not as a time of the news: it never dates an article or a story.
             * @enum {boolean}
             */
            target?: true;
            text: string;
            /** @description ISO 8601 value at the precision the text gives (2025-01-15, 2025-01, 2025-W03, 2025); relative expressions only when the publication date is known. */
            value?: string;
        };
        /** @description A detail on which articles reporting the same fact disagree. */
        Difference: {
            /** @description True for a toll (the dead, the injured, the missing) that grows while the news develops, or a running count (a vote share after 56% and after 99% of the ballots counted): the values may be counts of different hours or stages rather than a contradiction. */
            developing?: boolean;
            /** @description Entity id of the subject when known. */
            entity?: string;
            /** @enum {string} */
            kind: "role" | "date" | "number";
            /** @description What the detail is about: a person, the quantity, or the fact, as written by the first article. */
            subject: string;
            /** @description One value per article, at least two that disagree. */
            values: components["schemas"]["DifferenceValue"][];
        };
        DifferenceValue: {
            articleId: string;
            end: number;
            /** @description Index into the article's `sentences`. */
            sentence?: number;
            start: number;
            /** @description The differing detail as written, `article.text.slice(start, end)`. */
            text: string;
            /** @description Normalised value when known (ISO date, number). */
            value?: string;
        };
        Entity: {
            /** @description Other names the article uses for it (short forms, spellings). */
            aliases: string[];
            /** @description Where a place or outlet is, from the gazetteer (e.g. the country of a city). */
            gloss?: string;
            /** @description `kind:` + the normalised canonical name, words joined by `-`: stable across articles. */
            id: string;
            kind: components["schemas"]["EntityKind"];
            mentions: components["schemas"]["Mention"][];
            /** @description Canonical name: the full name the article (or the gazetteer) gives. */
            name: string;
            /** @description Titles and roles that introduce a person (الرئيس الروسي). */
            roles: string[];
        };
        EntityDetail: {
            /** @description Other names the articles use, most used first. */
            aliases: {
                articles: number;
                value: string;
            }[];
            articles: {
                article: components["schemas"]["ArticleSummary"];
                /** @description The sentence of the first mention, so that a list can show where the entity is named. */
                context: string | null;
                /** @description That sentence's index in the article. */
                contextSentence: number | null;
                /** @description Where the article names the entity. */
                mentions: {
                    end: number;
                    start: number;
                    text: string;
                }[];
                quotes: components["schemas"]["EntityQuote"][];
                roles: string[];
            }[];
            entity: components["schemas"]["EntitySummary"];
            /** @description Cursor of the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Titles the articles give the entity, most used first. */
            roles: {
                articles: number;
                value: string;
            }[];
            /** @description The stories of this page's articles (`article.storyId`), with their titles and sizes. */
            stories: {
                id: string;
                size: number;
                title: string;
            }[];
        };
        /** @enum {string} */
        EntityKind: "person" | "organization" | "location" | "media";
        EntityPage: {
            items: components["schemas"]["EntitySummary"][];
            /** @description Cursor of the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description Something the entity was quoted saying, located in the article text. */
        EntityQuote: {
            end: number;
            /** @description direct or indirect. */
            kind: string;
            sentence: number;
            start: number;
            text: string;
            verb?: string;
        };
        EntitySummary: {
            /** @description Articles naming the entity. */
            articles: number;
            id: string;
            kind: components["schemas"]["EntityKind"];
            /** @description Mentions across those articles. */
            mentions: number;
            name: string;
        };
        /** @description A registered feed and what the poller made of it. */
        FeedStatus: {
            /** @description When the feed was registered. */
            addedAt: string;
            /** @description Failed attempts since the last success. */
            failures: number;
            /** @description Items given up: repeated failures, a page that is not an article, or one the ingest queue refused. */
            itemsFailed: number;
            /** @description Items whose page was stored as an article. */
            itemsIngested: number;
            /** @description Items whose page is still to be fetched, or fetched again. */
            itemsPending: number;
            /** @description On Workers: pages handed to the ingest queue, not yet stored or refused by its consumer. */
            itemsQueued: number;
            /** @description Items whose page the site's robots.txt keeps us from. */
            itemsRefused: number;
            /** @description Distinct items the feed has listed. */
            itemsSeen: number;
            /** @description What the last failed attempt met. */
            lastError: string | null;
            lastErrorAt: string | null;
            /** @description The last attempt to read it. */
            lastPolledAt: string | null;
            /** @description The last time it was read (a feed parsed, or 304 Not Modified). */
            lastSuccessAt: string | null;
            /** @description After failures: no attempt before this (exponential backoff). */
            retryAt: string | null;
            url: string;
        };
        Health: {
            articles: number;
            entities: number;
            /** @enum {string} */
            status: "ok";
            stories: number;
        };
        Highlighted: {
            /** @description Matched words: offsets into `text`. */
            highlights: {
                end: number;
                start: number;
            }[];
            text: string;
        } | null;
        /** @description An article to ingest: its text and what is known about it, or a news page (`html` and `url`) to read them from. */
        IngestArticle: {
            /** @description Spans of `text` that the source's markup marks as headings (an HTML page's h2 to h4). When given, even empty, the markup decides the structure: each line is one block, a heading when it lies inside one of these spans and a paragraph otherwise; no heading or paragraph break is guessed from the text. Page clutter is still told line by line. */
            headings?: {
                end: number;
                start: number;
            }[];
            /** @description A news page as HTML, instead of `text`: `@marsad/web` finds its body (paragraphs and headings from the markup, without menus, related links, comments, share bars or ads), title, date and outlet. `title`, `source` and `publishedAt`, when given, are used instead of the page's. */
            html?: string;
            id?: string;
            publishedAt?: string;
            source?: string | components["schemas"]["ArticleSource"];
            /** @description The article text. Give `text` or `html`, not both. */
            text?: string;
            title?: string;
            /** @description With `html`: the absolute URL the page was fetched from (it resolves the canonical link and names the outlet when the page does not). */
            url?: string;
        };
        /** @description One article, or an array of them ingested all or nothing. */
        IngestRequest: components["schemas"]["IngestArticle"] | components["schemas"]["IngestArticle"][];
        IngestResult: {
            articles: {
                id: string;
                /**
                 * @description `unchanged`: the same content was already stored. `queued` (202, on Workers): accepted for the ingest queue; `GET /v1/articles/{id}` answers 404 until it is stored, then the article.
                 * @enum {string}
                 */
                status: "created" | "unchanged" | "queued";
                storyId: string | null;
            }[];
            created: number;
            queued: number;
            unchanged: number;
        };
        /** @description Where a POSTed article is: stored, queued or refused. */
        IngestStatus: {
            detail: string | null;
            id: string;
            /**
             * @description `stored`: the article is stored (`GET /v1/articles/{id}`). `queued`: waiting for the ingest queue’s consumer (on Workers). `refused`: the consumer refused it; `detail` says why, and a new POST of the id replaces it.
             * @enum {string}
             */
            status: "stored" | "queued" | "refused";
        };
        Mention: {
            end: number;
            form?: components["schemas"]["MentionForm"];
            start: number;
            /** @description `text.slice(start, end)`: the name as written, without the particles before it (و ف ب ك ل); in لل (ل + ال) the mention starts after the first ل. */
            text: string;
        };
        /**
         * @description How the entity is named: its full name, a short form (بوتين، or a given name alone: فيصل), a role standing for it (الرئيس الروسي، الوزير), a nisba adjective (الروسي → روسيا), or the head noun alone standing for a body named before (الوزارة، الشركة).
         * @enum {string}
         */
        MentionForm: "name" | "alias" | "role" | "nisba" | "head";
        /** @description An error, as RFC 9457 problem details. */
        Problem: {
            /** @description This occurrence, in words. */
            detail?: string;
            /** @description One entry per problem found in the request. */
            errors?: components["schemas"]["ProblemIssue"][];
            /** @description The request path. */
            instance?: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description Short summary of the kind of problem. */
            title: string;
            /** @description A URI naming the kind of problem; `GET` it for an explanation. */
            type: string;
        };
        ProblemIssue: {
            /** @description What is wrong, in words. */
            detail: string;
            /** @description The request header at fault. */
            header?: string;
            /** @description The query or path parameter at fault. */
            parameter?: string;
            /** @description JSON Pointer (RFC 6901) into the request body, as `#/0/text`. */
            pointer?: string;
        };
        /** @description Speech reported in the article, with who said it when the text says so. */
        Quote: {
            end: number;
            kind: components["schemas"]["QuoteKind"];
            /**
             * @description The quote marks of a direct quote: «», "" (or '' written for it), “” or ‘’.
             * @enum {string}
             */
            mark?: "guillemets" | "double" | "curly" | "single";
            /** @description Index into `sentences` of the sentence the quote starts in. */
            sentence: number;
            speaker: components["schemas"]["Speaker"];
            start: number;
            /** @description The quoted words; for a direct quote without its quote marks. */
            text: string;
            /** @description Dictionary form of the reporting verb or attribution (قال، أكد، بحسب). */
            verb?: string;
        };
        /** @enum {string} */
        QuoteKind: "direct" | "indirect";
        QuoteRef: {
            articleId: string;
            /** @description Index into the article's `quotes`. */
            index: number;
        };
        /** @description The same statement as quoted by different articles. */
        QuoteVariant: {
            /** @description True when every quote has the same normalised wording. */
            identical: boolean;
            /** @description Quotes of at least two articles in article order; an outlet that split the statement gives two. */
            quotes: components["schemas"]["QuoteRef"][];
            similarity: number;
        };
        /** @description Other stories naming the same people, bodies and places, close in time first. */
        RelatedStories: {
            items: components["schemas"]["RelatedStory"][];
            storyId: string;
        };
        /** @description A story related to another, with why. */
        RelatedStory: {
            /** @description Shared entities, each weighted by 1 / the articles naming it, times exp(−days apart / 30); stories without a date count half. */
            score: number;
            /** @description The entities both stories name, rarest first. */
            shared: {
                id: string;
                kind: components["schemas"]["EntityKind"];
                name: string;
            }[];
            story: components["schemas"]["Story"];
        };
        /** @description A matching article; `snippet` is the passage that matched best, from the original text. */
        SearchHit: {
            article: components["schemas"]["ArticleSummary"];
            /** @description Relevance; higher is better. */
            score: number;
            snippet: components["schemas"]["Highlighted"];
            /** @description `snippet` as escaped HTML with matches in `<mark>`. */
            snippetHtml: string;
            title: components["schemas"]["Highlighted"];
        };
        SearchResult: {
            items: components["schemas"]["SearchHit"][];
            /** @description Cursor of the next page; null on the last page. */
            nextCursor: string | null;
            query: string;
            /** @description The analysed terms searched for, alternatives of `OR` included and excluded words left out. */
            terms: string[];
        };
        Sentence: {
            /** @description Index into `blocks`: always a heading or a paragraph. */
            block: number;
            end: number;
            start: number;
            text: string;
        };
        SentenceRef: {
            articleId: string;
            /** @description Index into the article's `sentences`. */
            index: number;
        };
        /** @description Sentences of different articles that report the same fact. */
        SharedFact: {
            /** @description Sentences of at least two articles in article order; one sentence may join two of another article. */
            sentences: components["schemas"]["SentenceRef"][];
            /** @description Weakest of the cross-article matches that link the group. */
            similarity: number;
        };
        /** @description An outlet that published stored articles or has feeds registered. */
        Source: {
            /** @description Articles stored from it. */
            articles: number;
            /** @description Country of the outlet, in Arabic, when known. */
            country: string | null;
            /** @description Host name, without `www.`. */
            domain: string | null;
            /** @description The RSS, Atom or RDF feeds registered for it, polled when polling is on. */
            feeds: string[];
            /** @description Normalised forms of the name a `source` filter also matches (variants such as الجزيرة نت). */
            forms: string[];
            /** @description The normalised name: what the `source` filter of lists compares. */
            id: string;
            /**
             * @description What the outlet is, when known.
             * @enum {string|null}
             */
            kind: "agency" | "paper" | "tv" | "site" | "social" | null;
            /** @description Whether the core's curated table of outlets knows it. */
            known: boolean;
            /** @description Publication date of its latest article. */
            latest: string | null;
            /** @description The outlet's name: the curated table's for a known outlet, never a raw host name. */
            name: string;
        };
        /** @description An outlet, with what the poller made of each of its feeds. */
        SourceDetail: {
            /** @description Articles stored from it. */
            articles: number;
            /** @description Country of the outlet, in Arabic, when known. */
            country: string | null;
            /** @description Host name, without `www.`. */
            domain: string | null;
            /** @description The RSS, Atom or RDF feeds registered for it, polled when polling is on. */
            feeds: string[];
            feedStatus: components["schemas"]["FeedStatus"][];
            /** @description Normalised forms of the name a `source` filter also matches (variants such as الجزيرة نت). */
            forms: string[];
            /** @description The normalised name: what the `source` filter of lists compares. */
            id: string;
            /** @description Items stored as articles. */
            itemsIngested: number;
            /** @description Items its feeds have listed. */
            itemsSeen: number;
            /**
             * @description What the outlet is, when known.
             * @enum {string|null}
             */
            kind: "agency" | "paper" | "tv" | "site" | "social" | null;
            /** @description Whether the core's curated table of outlets knows it. */
            known: boolean;
            /** @description The latest error any of its feeds met, prefixed by the feed URL. */
            lastError: string | null;
            lastErrorAt: string | null;
            /** @description The last successful read of any of its feeds. */
            lastSuccessAt: string | null;
            /** @description Publication date of its latest article. */
            latest: string | null;
            /** @description The outlet's name: the curated table's for a known outlet, never a raw host name. */
            name: string;
        };
        SourceList: {
            items: components["schemas"]["Source"][];
        };
        Speaker: {
            /** @description Id of the entity the speaker is or speaks for. */
            entity?: string;
            /** @description The entity’s canonical name, or the speaker as the article words it (بيان الكرملين). */
            name: string;
        } | null;
        /** @description One event as reported by one or more articles. */
        Story: {
            /** @description Members in input order. */
            articleIds: string[];
            /** @description Groups of near-duplicate members (wire copies); the first id of a group is its earliest member. */
            duplicates: string[][];
            /** @description Entities the members share, most widely named first. */
            entities: components["schemas"]["StoryEntity"][];
            /** @description `story:` + hash of the sorted member article ids: the same members give the same id. */
            id: string;
            /** @description Members counted once per group of near-duplicate wire copies. */
            independent: number;
            /** @description Distinct outlet names of the members, in input order. */
            sources: string[];
            /** @description Span of the members’ publication dates; when none has one, of the dates their texts give themselves (marked `inferred`); null when neither is known. Never a plan or deadline year. */
            timeSpan: {
                /** @description ISO date or date-time of the latest known member date. */
                end: string;
                /**
                 * @description Present when no member has a publication date and the span comes from the dates their texts give themselves (`Article.date`), at the precision the texts give.
                 * @enum {boolean}
                 */
                inferred?: true;
                /** @description ISO date or date-time of the earliest known member date. */
                start: string;
            } | null;
            /** @description A member article's own title or first sentence; never generated text. */
            title: string;
            /** @description The article the title is taken from. */
            titleArticleId: string;
        };
        /** @description A story with its members and the coverage comparison: what they share, add alone and disagree on. */
        StoryDetail: {
            /** @description The members, in the order they were clustered. */
            articles: components["schemas"]["ArticleSummary"][];
            coverage: components["schemas"]["Coverage"];
            /** @description With `include=articles`: the members' full models in `articles` order, so that the coverage's sentence and quote references resolve to text, spans and speakers in the same answer. */
            models?: components["schemas"]["Article"][];
            /** @description With `include=related`: the first `relatedLimit` related stories, best first. */
            related?: components["schemas"]["RelatedStory"][];
            story: components["schemas"]["Story"];
        };
        /** @description An entity named by at least two member articles (or the only one). */
        StoryEntity: {
            /** @description How many member articles name this entity. */
            articles: number;
            /** @description Entity id, stable across articles (e.g. `person:فلاديمير-بوتين`). */
            id: string;
            name: string;
        };
        StoryPage: {
            /** @description With `include=articles`: every member of the listed stories, by id. */
            articles?: {
                [key: string]: components["schemas"]["ArticleSummary"];
            };
            items: components["schemas"]["Story"][];
            /** @description Cursor of the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description How the coverage of a story grew: who published when, and which facts each was first to report. */
        StoryTimeline: {
            /** @description Members in order of appearance; members with no known time last, in story order. */
            entries: components["schemas"]["TimelineEntry"][];
            /** @description Shared facts in the order they first appeared. */
            facts: components["schemas"]["TimelineFact"][];
            /** @description Each outlet once, in the order it first reported the story. */
            outlets: {
                articles: number;
                /** @description `at` of the outlet's first article on the story. */
                first: string | null;
                source: string | null;
            }[];
        };
        StoryTimelineDetail: {
            storyId: string;
            timeline: components["schemas"]["StoryTimeline"];
        };
        /** @description One member article, at its place in the order of publication. */
        TimelineEntry: {
            articleId: string;
            /** @description When the article appeared: its `publishedAt`, else the date its text gives itself, else null. */
            at: string | null;
            /**
             * @description `published`: `publishedAt`; `text`: `Article.date`, read from the text; `unknown`: neither.
             * @enum {string}
             */
            basis: "published" | "text" | "unknown";
            /** @description Shared facts (indices into the coverage's `shared`) this article was the first to report. */
            newFacts: number[];
            /** @description Shared facts an earlier article had already reported. */
            repeatedFacts: number[];
            /** @description Outlet name, when the article gives one. */
            source: string | null;
            /** @description Sentences of this article that no other member has. */
            unique: number;
        };
        /** @description A shared fact, at the time it first appeared. */
        TimelineFact: {
            /** @description How many members report it. */
            articles: number;
            /** @description That article's `at`. */
            at: string | null;
            /** @description Index into the coverage's `shared`. */
            fact: number;
            /** @description The earliest article that reports it. */
            firstArticleId: string;
        };
        /** @description Titles different articles give one person that can all be true at once (نائب وزير الخارجية, المبعوث الخاص للشرق الأوسط): not a difference. */
        TitlesGiven: {
            /** @description Entity id of the person when known. */
            entity?: string;
            /** @description The person, as named by the first article. */
            subject: string;
            /** @description Each article's title for the person, as written. */
            values: components["schemas"]["DifferenceValue"][];
        };
        Unhealthy: {
            /** @description The database file’s name. */
            database?: string;
            /** @description What is wrong with the database, as its integrity check or a failed read said. */
            reason: string;
            /** @enum {string} */
            status: "unhealthy";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unhealthy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unhealthy"];
                };
            };
        };
    };
    listArticles: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only articles naming this entity. */
                entity?: string;
                /** @description Published on or after (ISO date or date-time). */
                from?: string;
                /** @description Items per page, 1 to 100. */
                limit?: number;
                /** @description Only articles of this outlet (name compared after normalisation). */
                source?: string;
                /** @description Only articles of this story. */
                story?: string;
                /** @description Published on or before (ISO date or date-time; a date includes its whole day). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of articles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticlePage"];
                };
            };
            /** @description Not modified: the `ETag` given in `If-None-Match` is still current */
            304: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ingestArticles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestRequest"];
            };
        };
        responses: {
            /** @description Nothing new: every article was already stored */
            200: {
                headers: {
                    /** @description Writes this client has left and seconds until the window resets, e.g. `"writes";r=119;t=42`; absent when the counter cannot tell (Cloudflare’s Rate Limiting binding). */
                    RateLimit?: string;
                    /** @description The write quota per client and its window in seconds, e.g. `"writes";q=120;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestResult"];
                };
            };
            /** @description Stored */
            201: {
                headers: {
                    /** @description Writes this client has left and seconds until the window resets, e.g. `"writes";r=119;t=42`; absent when the counter cannot tell (Cloudflare’s Rate Limiting binding). */
                    RateLimit?: string;
                    /** @description The write quota per client and its window in seconds, e.g. `"writes";q=120;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestResult"];
                };
            };
            /** @description Accepted for the ingest queue (on Workers): each article is parsed, stored and clustered by the queue’s consumer; `GET /v1/articles/{id}` answers 404 until it is stored (`Location` names it for a single article) */
            202: {
                headers: {
                    /** @description Writes this client has left and seconds until the window resets, e.g. `"writes";r=119;t=42`; absent when the counter cannot tell (Cloudflare’s Rate Limiting binding). */
                    RateLimit?: string;
                    /** @description The write quota per client and its window in seconds, e.g. `"writes";q=120;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestResult"];
                };
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writes are disabled on this server */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicting article */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body fails validation */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes from this client; see Retry-After and RateLimit */
            429: {
                headers: {
                    /** @description Writes this client has left and seconds until the window resets, e.g. `"writes";r=119;t=42`; absent when the counter cannot tell (Cloudflare’s Rate Limiting binding). */
                    RateLimit?: string;
                    /** @description The write quota per client and its window in seconds, e.g. `"writes";q=120;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window ends. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Write contention; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description Not modified: the `ETag` given in `If-None-Match` is still current */
            304: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    /** @description Writes this client has left and seconds until the window resets, e.g. `"writes";r=119;t=42`; absent when the counter cannot tell (Cloudflare’s Rate Limiting binding). */
                    RateLimit?: string;
                    /** @description The write quota per client and its window in seconds, e.g. `"writes";q=120;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writes are disabled on this server */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes from this client; see Retry-After and RateLimit */
            429: {
                headers: {
                    /** @description Writes this client has left and seconds until the window resets, e.g. `"writes";r=119;t=42`; absent when the counter cannot tell (Cloudflare’s Rate Limiting binding). */
                    RateLimit?: string;
                    /** @description The write quota per client and its window in seconds, e.g. `"writes";q=120;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window ends. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Write contention; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntities: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                kind?: components["schemas"]["EntityKind"];
                /** @description Items per page, 1 to 100. */
                limit?: number;
                /** @description Only entities whose name contains this text (compared after normalisation). */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityPage"];
                };
            };
            /** @description Not modified: the `ETag` given in `If-None-Match` is still current */
            304: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEntity: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Articles per page. */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityDetail"];
                };
            };
            /** @description Not modified: the `ETag` given in `If-None-Match` is still current */
            304: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRelatedEntities: {
        parameters: {
            query?: {
                /** @description Only entities of this kind. */
                kind?: "person" | "organization" | "location" | "media";
                /** @description How many, 1 to 100; the list has no further pages. */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Entities named with it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoEntities"];
                };
            };
            /** @description Not modified: the `ETag` given in `If-None-Match` is still current */
            304: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIngestStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestStatus"];
                };
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchArticles: {
        parameters: {
            query: {
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only articles naming this entity. */
                entity?: string;
                /** @description Published on or after (ISO date or date-time). */
                from?: string;
                /** @description Items per page, 1 to 50. */
                limit?: number;
                /** @description Words to find, all required; "quoted words" must appear together; `A OR B` asks for either (uppercase OR only); `-word` and `-"quoted words"` exclude. */
                q: string;
                /** @description Only articles of this outlet (name compared after normalisation). */
                source?: string;
                /** @description Only articles of this story. */
                story?: string;
                /** @description Published on or before (ISO date or date-time; a date includes its whole day). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching articles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResult"];
                };
            };
            /** @description Not modified: the `ETag` given in `If-None-Match` is still current */
            304: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 1000. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Outlets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceList"];
                };
            };
            /** @description Not modified: the `ETag` given in `If-None-Match` is still current */
            304: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outlet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceDetail"];
                };
            };
            /** @description Not modified: the `ETag` given in `If-None-Match` is still current */
            304: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addSourceFeeds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddFeeds"];
            };
        };
        responses: {
            /** @description Every feed was registered already */
            200: {
                headers: {
                    /** @description Writes this client has left and seconds until the window resets, e.g. `"writes";r=119;t=42`; absent when the counter cannot tell (Cloudflare’s Rate Limiting binding). */
                    RateLimit?: string;
                    /** @description The write quota per client and its window in seconds, e.g. `"writes";q=120;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceDetail"];
                };
            };
            /** @description Registered */
            201: {
                headers: {
                    /** @description Writes this client has left and seconds until the window resets, e.g. `"writes";r=119;t=42`; absent when the counter cannot tell (Cloudflare’s Rate Limiting binding). */
                    RateLimit?: string;
                    /** @description The write quota per client and its window in seconds, e.g. `"writes";q=120;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceDetail"];
                };
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writes are disabled on this server */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body fails validation */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes from this client; see Retry-After and RateLimit */
            429: {
                headers: {
                    /** @description Writes this client has left and seconds until the window resets, e.g. `"writes";r=119;t=42`; absent when the counter cannot tell (Cloudflare’s Rate Limiting binding). */
                    RateLimit?: string;
                    /** @description The write quota per client and its window in seconds, e.g. `"writes";q=120;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window ends. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Write contention; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeSourceFeed: {
        parameters: {
            query: {
                /** @description The feed to unregister, as registered. */
                url: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unregistered */
            204: {
                headers: {
                    /** @description Writes this client has left and seconds until the window resets, e.g. `"writes";r=119;t=42`; absent when the counter cannot tell (Cloudflare’s Rate Limiting binding). */
                    RateLimit?: string;
                    /** @description The write quota per client and its window in seconds, e.g. `"writes";q=120;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writes are disabled on this server */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes from this client; see Retry-After and RateLimit */
            429: {
                headers: {
                    /** @description Writes this client has left and seconds until the window resets, e.g. `"writes";r=119;t=42`; absent when the counter cannot tell (Cloudflare’s Rate Limiting binding). */
                    RateLimit?: string;
                    /** @description The write quota per client and its window in seconds, e.g. `"writes";q=120;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window ends. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Write contention; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStories: {
        parameters: {
            query?: {
                /** @description Only the story this article belongs to. */
                article?: string;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only articles naming this entity. */
                entity?: string;
                /** @description Published on or after (ISO date or date-time). */
                from?: string;
                /** @description `articles`: add the members (see the response) in the same answer. */
                include?: "articles";
                /** @description Items per page, 1 to 100. */
                limit?: number;
                /** @description Only stories with at most this many articles (1: single reports). */
                maxArticles?: number;
                /** @description Only stories with at least this many articles (2: reported by more than one). */
                minArticles?: number;
                /** @description Only stories with an article matching these words, read as `GET /v1/search` reads `q` (with the other filters, the same article). */
                q?: string;
                /** @description Only articles of this outlet (name compared after normalisation). */
                source?: string;
                /** @description Published on or before (ISO date or date-time; a date includes its whole day). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of stories */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoryPage"];
                };
            };
            /** @description Not modified: the `ETag` given in `If-None-Match` is still current */
            304: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStory: {
        parameters: {
            query?: {
                /** @description `articles`: add the members' full models; `related`: add the related stories, as `GET /v1/stories/{id}/related` ranks them; `articles,related`: both, so that one request holds everything a story page shows. */
                include?: "articles" | "related" | "articles,related";
                /** @description How many, 1 to 50; the list has no further pages. */
                relatedLimit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The story */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoryDetail"];
                };
            };
            /** @description Not modified: the `ETag` given in `If-None-Match` is still current */
            304: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRelatedStories: {
        parameters: {
            query?: {
                /** @description How many, 1 to 50; the list has no further pages. */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Related stories, best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedStories"];
                };
            };
            /** @description Not modified: the `ETag` given in `If-None-Match` is still current */
            304: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStoryTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoryTimelineDetail"];
                };
            };
            /** @description Not modified: the `ETag` given in `If-None-Match` is still current */
            304: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
