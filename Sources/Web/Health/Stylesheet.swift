/// Phone-first styles: one column on small screens, tables scroll sideways rather than squeeze.
enum Stylesheet {
    static let css = """
    *{box-sizing:border-box}
    body{margin:0;font:16px/1.5 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#222;background:#f6f6f4}
    a{color:#a4161a}
    header.top{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.6rem 1rem;background:#a4161a;color:#fff}
    header.top a{color:#fff;text-decoration:none}
    .brand{font-weight:700;margin-right:auto}
    .menu{display:flex;flex-wrap:wrap;gap:.25rem .9rem}
    .who{display:flex;gap:.6rem;align-items:center;font-size:.9rem}
    form.inline{display:inline}
    .who button{background:none;border:1px solid #fff;color:#fff;border-radius:4px;padding:.1rem .5rem}
    main{max-width:1100px;margin:0 auto;padding:1rem}
    h1{font-size:1.4rem;margin:.2rem 0 1rem}
    h2{font-size:1.15rem;margin:1.4rem 0 .6rem}
    .demo-banner{margin:0;padding:.4rem 1rem;background:#fff3cd;font-size:.9rem}
    .card{background:#fff;border-radius:8px;padding:1rem;margin-bottom:1rem;box-shadow:0 1px 2px rgba(0,0,0,.06)}
    .table-wrap{overflow-x:auto;background:#fff;border-radius:8px}
    table{border-collapse:collapse;width:100%}
    th,td{padding:.45rem .6rem;border-bottom:1px solid #eee;text-align:left;white-space:nowrap}
    th{background:#fafafa;font-weight:600}
    .field{margin-bottom:.8rem;display:flex;flex-direction:column;gap:.2rem}
    .field.check{flex-direction:row}
    input,select,textarea{font:inherit;padding:.45rem .5rem;border:1px solid #bbb;border-radius:6px;max-width:100%}
    button,.button{font:inherit;padding:.45rem 1rem;border:0;border-radius:6px;background:#a4161a;color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
    .button.secondary,button.secondary{background:#666}
    .error{color:#b00020;margin:.2rem 0}
    .error.summary{background:#fdecea;padding:.6rem;border-radius:6px}
    .notice{background:#e8f5e9;padding:.6rem;border-radius:6px}
    .field.invalid input,.field.invalid select{border-color:#b00020}
    .filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin-bottom:1rem}
    .filters .field{margin:0}
    .pager{display:flex;gap:1rem;align-items:center;margin:.8rem 0}
    dl.record{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:0}
    dl.record dt{color:#666}
    dl.record dd{margin:0}
    .tree ul{list-style:none;padding-left:1.2rem;border-left:1px dashed #ccc;margin:.2rem 0}
    .tree>ul{padding-left:0;border:0}
    .badge{display:inline-block;padding:0 .4rem;border-radius:4px;background:#eee;font-size:.8rem;margin-left:.3rem}
    .stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:.8rem}
    .stat{background:#fff;border-radius:8px;padding:.8rem}
    .stat b{display:block;font-size:1.5rem}
    progress{width:100%;height:1.2rem}
    .card dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:0}
    .card dd{margin:0}
    .prewrap{white-space:pre-wrap}
    .ok{color:#1a7f37} .warning{color:#b35900}
    ul.elements{list-style:none;padding:0;margin:0} .elements .missing{color:#c62828} .elements .done{color:#1a7f37}
    .elements{margin:.2rem 0;color:#888} .elements.current{color:inherit}
    .choices label{margin-right:.6rem;white-space:nowrap}
    .actions{display:flex;gap:.8rem;align-items:center;flex-wrap:wrap;margin-top:.8rem}
    .screen{text-align:center} .screen .qr svg{width:min(80vw,420px);height:auto}
    .screen .code strong{font-size:3rem;letter-spacing:.4rem}
    .narrow{max-width:28rem;margin:0 auto} .big{font-size:1.2rem;padding:.6rem 1.2rem}
    .ok.big{text-align:center}
    .cell.done{background:#e6f4ea} .cell.incomplete{background:#fff4e5} .cell.due{background:#e8f0fe}
    .cell.overdue{background:#fdecea;color:#b71c1c} .cell.not_applicable,.cell.upcoming{color:#999}
    table.board-grid td{white-space:nowrap;font-size:.85rem} .legend .cell{padding:0 .3rem;border-radius:3px}
    ul.explanations{padding-left:1rem} ul.explanations li{margin:.2rem 0;padding:.2rem .4rem;list-style:none}
    ul.notices{list-style:none;padding:0} .notices .unread{border-left:4px solid #c62828}
    body.print{max-width:48rem;margin:1rem auto;background:#fff} table.record th{width:8rem;text-align:left;vertical-align:top}
    ul.cards{list-style:none;padding:0;margin:.6rem 0} ul.cards li.card{margin:.5rem 0;padding:.6rem .8rem}
    li.card.overdue{border-left:4px solid #c62828} li.card.warned{border-left:4px solid #b35900}
    .meta{color:#666;font-size:.9rem;margin:.2rem 0} .meta .status{font-weight:600;color:#333}
    .badge{display:inline-block;margin-left:.3rem;padding:0 .35rem;border-radius:3px;background:#fdecea;color:#b71c1c;font-size:.8rem}
    .prose{white-space:pre-wrap} .answer{background:#f1f8f4;padding:.5rem .7rem;border-radius:4px}
    dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem .8rem} dl.facts dt{color:#666}
    .photos{display:flex;gap:.5rem;flex-wrap:wrap} img.thumb{max-width:9rem;max-height:9rem;border-radius:4px}
    section.actions{display:block} form.action{border-top:1px solid #eee;padding-top:.6rem;margin-top:.6rem}
    .stars label{display:block;font-size:1.2rem;margin:.2rem 0} .group-title{font-weight:600;margin:.4rem 0}
    ol.history{padding-left:1.2rem} ol.history .when{color:#666;font-size:.85rem} ol.history .note{margin:.1rem 0 .4rem}
    textarea{width:100%;box-sizing:border-box;font:inherit}
    @media print{header.top,.demo-banner,.actions{display:none}}
    @media (max-width:600px){main{padding:.6rem} th,td{padding:.35rem .4rem} .who{width:100%}}
    """
}
