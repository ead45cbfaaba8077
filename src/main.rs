fn main() {
    yew::Renderer::<bamboo_reader::App>::with_props(bamboo_reader::AppProps::new(bamboo_reader::embedded_library())).render();
}
