//! The browser side of readers' own articles: reading files,
//! saving files, the data block of a downloaded reader, storage estimates,
//! other tabs, the host page, the clock and the text selection. Natively
//! every function is a no-op or reports nothing.

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::{JsCast, JsValue};

/// The id of the `<script type="application/json">` that carries the
/// articles of a downloaded reader.
pub const DATA_BLOCK_ID: &str = "bamboo-data";

/// The text of a file the reader chose or dropped.
pub async fn read_file(file: web_sys::File) -> Result<String, String> {
    #[cfg(target_arch = "wasm32")]
    {
        let blob = gloo_file::Blob::from(web_sys::Blob::from(file));
        gloo_file::futures::read_as_text(&blob).await.map_err(|e| e.to_string())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = file;
        Err("no files outside the browser".to_string())
    }
}

/// Saves `text` as a file called `name`.
pub fn download(name: &str, mime: &str, text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let file = gloo_file::File::new_with_options(name, text, Some(mime), None);
        let url = gloo_file::ObjectUrl::from(file);
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(a) = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) else { return };
        a.set_href(&url);
        a.set_download(name);
        a.click();
        // The URL is revoked when `url` drops, after the click has started
        // the download.
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, mime, text);
}

/// The JSON in this page's data block, if it is a downloaded reader.
pub fn data_block() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()?.document()?.get_element_by_id(DATA_BLOCK_ID)?.text_content()
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// This reader as one HTML file, with `data` (already escaped with
/// `escape_for_script`) as its data block. From the single file, the page
/// itself is the template: its head (with the CSS) and its loader script.
/// From the served `dist/`, the single file next to it is read instead.
pub async fn reader_file(data: &str) -> Result<String, String> {
    #[cfg(target_arch = "wasm32")]
    {
        let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
        let block = format!("<script type=\"application/json\" id=\"{DATA_BLOCK_ID}\">{data}</script>");
        if let Some(loader) = document.query_selector("script[data-bamboo-single]").ok().flatten() {
            let head = document.head().ok_or("no head")?.outer_html();
            let lang = document.document_element().and_then(|e| e.get_attribute("lang")).unwrap_or_else(|| "en".into());
            return Ok(format!(
                "<!doctype html>\n<html lang=\"{lang}\">{head}<body>\n<noscript>Bamboo Reader needs JavaScript and WebAssembly to run.</noscript>\n{block}\n{}\n</body>\n</html>\n",
                loader.outer_html()
            ));
        }
        let window = web_sys::window().ok_or("no window")?;
        let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str("bamboo-reader.html")).await.map_err(|_| "the single file next to this page could not be read".to_string())?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| "no response")?;
        if !response.ok() {
            return Err(format!("bamboo-reader.html is missing next to this page (HTTP {})", response.status()));
        }
        let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(|_| "no text")?).await.map_err(|_| "no text")?.as_string().unwrap_or_default();
        let text = crate::mine::without_prerender(&text);
        let at = text.find("<script data-bamboo-single").ok_or("bamboo-reader.html has no loader")?;
        Ok(format!("{}{block}\n{}", &text[..at], &text[at..]))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = data;
        Err("no reader file outside the browser".to_string())
    }
}

/// Bytes used and available for this page's storage, if the browser says.
pub async fn storage_estimate() -> Option<(f64, f64)> {
    #[cfg(target_arch = "wasm32")]
    {
        let storage = web_sys::window()?.navigator().storage();
        let estimate = wasm_bindgen_futures::JsFuture::from(storage.estimate().ok()?).await.ok()?;
        let get = |k: &str| js_sys::Reflect::get(&estimate, &k.into()).ok().and_then(|v| v.as_f64());
        Some((get("usage")?, get("quota")?))
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Asks the browser to keep this page's data; whether it will.
pub async fn persist() -> Option<bool> {
    #[cfg(target_arch = "wasm32")]
    {
        let storage = web_sys::window()?.navigator().storage();
        wasm_bindgen_futures::JsFuture::from(storage.persist().ok()?).await.ok()?.as_bool()
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Whether the page was opened from a file (`file://`).
pub fn from_file() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window().and_then(|w| w.location().protocol().ok()).is_some_and(|p| p == "file:")
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Now, as an ISO timestamp.
pub fn now_iso() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::Date::new_0().to_iso_string())
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// A channel to this reader's other tabs: `post` tells them the stored
/// data changed; `on_change` runs when another tab says so.
pub struct Tabs {
    #[cfg(target_arch = "wasm32")]
    channel: web_sys::BroadcastChannel,
    #[cfg(target_arch = "wasm32")]
    _listener: gloo_events::EventListener,
}

impl Tabs {
    pub fn open(on_change: impl Fn() + 'static) -> Option<Tabs> {
        #[cfg(target_arch = "wasm32")]
        {
            let channel = web_sys::BroadcastChannel::new("bamboo-reader").ok()?;
            let listener = gloo_events::EventListener::new(&channel, "message", move |_| on_change());
            Some(Tabs { channel, _listener: listener })
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = on_change;
            None
        }
    }

    pub fn post(&self) {
        #[cfg(target_arch = "wasm32")]
        let _ = self.channel.post_message(&JsValue::from_str("changed"));
    }
}

impl Drop for Tabs {
    fn drop(&mut self) {
        #[cfg(target_arch = "wasm32")]
        self.channel.close();
    }
}

/// Calls `f` with each message the parent page posts to this frame.
pub fn on_parent_message(f: impl Fn(wasm_bindgen::JsValue) + 'static) -> Option<gloo_events::EventListener> {
    #[cfg(target_arch = "wasm32")]
    {
        let window = web_sys::window()?;
        let parent = window.parent().ok()??;
        if parent == window {
            return None;
        }
        Some(gloo_events::EventListener::new(&window, "message", move |e| {
            let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else { return };
            // By identity: a cross-origin parent is no `instanceof Window`
            // seen from a sandboxed frame, so it cannot be cast.
            let from_parent = e.source().is_some_and(|s| js_sys::Object::is(s.as_ref(), parent.as_ref()));
            if from_parent {
                f(e.data());
            }
        }))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = f;
        None
    }
}

/// Posts `message` to the parent page, in a frame.
pub fn post_to_parent(message: &wasm_bindgen::JsValue) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(window) = web_sys::window() else { return };
        if let Ok(Some(parent)) = window.parent() {
            if parent != window {
                let _ = parent.post_message(message, "*");
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = message;
}

/// The text the reader selected, when it lies within one block of one
/// column: (column side key, block, start, end) with byte offsets into the
/// block's text, found through the `data-block` attribute of the block.
pub fn selection() -> Option<(String, usize, usize, usize)> {
    #[cfg(target_arch = "wasm32")]
    {
        let window = web_sys::window()?;
        let selection = window.get_selection().ok()??;
        if selection.is_collapsed() || selection.range_count() == 0 {
            return None;
        }
        let range = selection.get_range_at(0).ok()?;
        let block_of = |node: web_sys::Node| -> Option<web_sys::Element> {
            let el = match node.dyn_ref::<web_sys::Element>() {
                Some(e) => e.clone(),
                None => node.parent_element()?,
            };
            el.closest("[data-block]").ok()?
        };
        let block = block_of(range.start_container().ok()?)?;
        if block_of(range.end_container().ok()?)? != block {
            return None;
        }
        let column = block.closest("[data-side]").ok()??.get_attribute("data-side")?;
        let index: usize = block.get_attribute("data-block")?.parse().ok()?;
        let text = block.text_content()?;
        // Offsets in UTF-16 units, from a range that starts at the block.
        let before = window.document()?.create_range().ok()?;
        before.select_node_contents(&block).ok()?;
        before.set_end(&range.start_container().ok()?, range.start_offset().ok()?).ok()?;
        let start16 = String::from(before.to_string()).encode_utf16().count();
        let len16 = String::from(range.to_string()).encode_utf16().count();
        let (start, end) = utf16_to_bytes(&text, start16, start16 + len16)?;
        Some((column, index, start, end))
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Byte offsets into `text` of the UTF-16 offsets `start..end`, trimmed of
/// white space at both ends; `None` if nothing but white space is left.
pub fn utf16_to_bytes(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let (mut units, mut s, mut e) = (0, None, None);
    for (i, c) in text.char_indices() {
        if units >= start && s.is_none() {
            s = Some(i);
        }
        if units >= end && e.is_none() {
            e = Some(i);
        }
        units += c.len_utf16();
    }
    let s = s.unwrap_or(text.len());
    let e = e.unwrap_or(text.len()).max(s);
    let piece = &text[s..e];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    (!trimmed.is_empty()).then_some((s + lead, s + lead + trimmed.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_table() {
        let rows = [
            ("Hà Nội and Beijing", 0, 6, Some((0, 9))),
            ("Hà Nội and Beijing", 11, 18, Some((14, 21))),
            ("a 😀 b", 2, 4, Some((2, 6))),
            ("  padded  ", 0, 10, Some((2, 8))),
            ("   ", 0, 3, None),
            ("short", 3, 99, Some((3, 5))),
        ];
        for (text, s, e, want) in rows {
            assert_eq!(utf16_to_bytes(text, s, e), want, "{text:?} {s}..{e}");
        }
    }
}
