// swift-tools-version:6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "zhibu",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "zhibu", targets: ["zhibu"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.115.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.52.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.32.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
        .package(url: "https://github.com/pointfreeco/swift-tagged.git", from: "0.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.21.0"),
    ],
    targets: [
        // Rules of the domain: no web, database or NIO import.
        .target(
            name: "Domain",
            dependencies: [.product(name: "Tagged", package: "swift-tagged")],
            swiftSettings: strictSettings
        ),
        // Reading and writing .xlsx and .csv files; knows nothing of the domain.
        .target(
            name: "Spreadsheet",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strictSettings
        ),
        // A QR code encoder (byte mode) that draws SVG; knows nothing of the domain.
        .target(name: "QRCode", swiftSettings: strictSettings),
        // Clients of group robots (WeCom, DingTalk, Feishu): message formats, signing, replies.
        .target(
            name: "Robots",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Persistence",
            dependencies: [
                "Domain",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Tagged", package: "swift-tagged"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Web",
            dependencies: [
                "Domain", "Persistence", "Spreadsheet", "QRCode", "Robots",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Tagged", package: "swift-tagged"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "zhibu",
            dependencies: ["Web", .product(name: "Vapor", package: "vapor")],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "DomainTests", dependencies: ["Domain"], swiftSettings: strictSettings),
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode"], swiftSettings: strictSettings),
        .testTarget(name: "RobotsTests", dependencies: ["Robots"], swiftSettings: strictSettings),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet"], swiftSettings: strictSettings),
        .testTarget(
            name: "PersistenceTests",
            dependencies: [
                "Persistence", "Domain",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "WebTests",
            dependencies: [
                "Web", "Persistence", "Domain", "Spreadsheet",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: strictSettings
        ),
    ]
)
