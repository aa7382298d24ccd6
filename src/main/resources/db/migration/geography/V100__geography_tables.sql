-- Reference geography of İstanbul and the Marmara region; filled by V101 (LoadGeography).
CREATE TABLE geo_district (
    id               INTEGER PRIMARY KEY,
    slug             VARCHAR(60)   NOT NULL UNIQUE,
    name             VARCHAR(100)  NOT NULL,
    side             VARCHAR(10)   NOT NULL CHECK (side IN ('EUROPE', 'ASIA')),
    population       BIGINT        NOT NULL,
    area_km2         NUMERIC(10, 2) NOT NULL,
    centroid_lat     DOUBLE PRECISION NOT NULL,
    centroid_lon     DOUBLE PRECISION NOT NULL,
    osm_relation_id  BIGINT,
    boundary_geojson TEXT          NOT NULL
);

CREATE TABLE geo_neighbourhood (
    id          INTEGER PRIMARY KEY,
    district_id INTEGER      NOT NULL REFERENCES geo_district (id),
    slug        VARCHAR(100) NOT NULL,
    name        VARCHAR(150) NOT NULL,
    population  BIGINT       NOT NULL,
    CONSTRAINT uq_geo_neighbourhood_slug UNIQUE (district_id, slug)
);

-- Each pair once, with district_a < district_b.
CREATE TABLE geo_adjacency (
    district_a  INTEGER     NOT NULL REFERENCES geo_district (id),
    district_b  INTEGER     NOT NULL REFERENCES geo_district (id),
    crossing    VARCHAR(10) NOT NULL CHECK (crossing IN ('LAND', 'WATER')),
    distance_m  INTEGER     NOT NULL,
    PRIMARY KEY (district_a, district_b),
    CHECK (district_a < district_b)
);

CREATE TABLE geo_province (
    id   INTEGER PRIMARY KEY,
    slug VARCHAR(60)  NOT NULL UNIQUE,
    name VARCHAR(100) NOT NULL
);

INSERT INTO geo_province (id, slug, name) VALUES
    (34, 'istanbul', 'İstanbul'),
    (22, 'edirne', 'Edirne'),
    (39, 'kirklareli', 'Kırklareli'),
    (59, 'tekirdag', 'Tekirdağ'),
    (17, 'canakkale', 'Çanakkale'),
    (10, 'balikesir', 'Balıkesir'),
    (16, 'bursa', 'Bursa'),
    (77, 'yalova', 'Yalova'),
    (41, 'kocaeli', 'Kocaeli'),
    (54, 'sakarya', 'Sakarya'),
    (11, 'bilecik', 'Bilecik');
