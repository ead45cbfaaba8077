fn main() {
    bamboo_reader::install_panic_panel();
    let props = bamboo_reader::RootProps { builtin: bamboo_reader::embedded_library(), data_block: bamboo_reader::data_block() };
    #[cfg(target_arch = "wasm32")]
    bamboo_reader::js_api::install(props.builtin.clone());
    bamboo_reader::mount(props);
}
